/// Finds the glossary names worth aligning against a katakana name, so ranking costs the same
/// with 100 names or 100,000: each syllable spelling is indexed by its skeleton (without the
/// long-vowel mark, voicing marks, small vowels and ッ, the marks transliterations disagree on),
/// and the names whose syllables' skeletons cover most of theirs in the query's skeleton are
/// the candidates, at most a fixed number. The full alignment then scores only those. In a small
/// glossary that is every name sharing a syllable with the query.
struct KatakanaSkeletonIndex: Sendable {
  /// Skeleton (packed) → entry index << 6 | syllable index.
  private let postings: [UInt64: [UInt32]]
  private let syllableCounts: [UInt8]
  static let longestKey = 7

  init(syllables: [[[[UInt32]]]]) {
    var postings = [UInt64: [UInt32]]()
    // A syllable's distinct keys, in an array: it has a few variants, and a set per syllable cost
    // more than the rest of the index. Each key gets one posting, whatever the order.
    var keys = [UInt64]()
    for (entry, spellings) in syllables.enumerated() {
      for (position, variants) in spellings.prefix(64).enumerated() {
        keys.removeAll(keepingCapacity: true)
        for variant in variants { if let key = Self.skeletonKey(variant), !keys.contains(key) { keys.append(key) } }
        for key in keys { postings[key, default: []].append(UInt32(entry) << 6 | UInt32(position)) }
      }
    }
    self.postings = postings
    syllableCounts = syllables.map { UInt8(min($0.count, 64)) }
  }

  /// Entries sharing a syllable skeleton with `text`, most covered first, at most `limit`.
  func candidates(for text: [UInt32], limit: Int) -> [Int] {
    let skeleton = Self.skeleton(text)
    guard !skeleton.isEmpty else { return [] }
    var matched = [UInt64](repeating: 0, count: syllableCounts.count)
    var touched = [Int32]()
    var seenKeys = Set<UInt64>()
    for start in skeleton.indices {
      for end in (start + 1)...min(skeleton.count, start + Self.longestKey) {
        guard let key = Self.key(skeleton[start..<end]), seenKeys.insert(key).inserted, let list = postings[key] else { continue }
        for posting in list {
          let entry = Int(posting >> 6)
          if matched[entry] == 0 { touched.append(Int32(entry)) }
          matched[entry] |= 1 << UInt64(posting & 63)
        }
      }
    }
    // Linear selection by coverage: buckets from most covered down, sorting only within a bucket.
    var buckets = [[Int32]](repeating: [], count: 65)
    for entry in touched {
      let covered = matched[Int(entry)].nonzeroBitCount * 64 / Int(syllableCounts[Int(entry)])
      buckets[covered].append(entry)
    }
    var result = [Int]()
    for bucket in buckets.reversed() where result.count < limit {
      result += bucket.sorted().prefix(limit - result.count).map(Int.init)
    }
    return result
  }

  static func skeleton(_ text: [UInt32]) -> [UInt32] { text.filter(isInSkeleton) }

  /// False for what a skeleton drops: long-vowel and voicing marks, small kana, the middle dot.
  private static func isInSkeleton(_ c: UInt32) -> Bool {
    switch c {
    case 0x30FC, 0x3099, 0x309A, 0x30A1, 0x30A3, 0x30A5, 0x30A7, 0x30A9, 0x30C3, 0x30FB: false
    default: true
    }
  }

  /// `key(skeleton(text)[...])` without building the skeleton.
  static func skeletonKey(_ text: [UInt32]) -> UInt64? {
    var key: UInt64 = 0
    var count: UInt64 = 0
    for scalar in text where isInSkeleton(scalar) {
      guard count < UInt64(longestKey), (0x3000...0x30FF).contains(scalar) else { return nil }
      key = key << 8 | UInt64(scalar - 0x3000)
      count += 1
    }
    return count == 0 ? nil : key | count << 56
  }

  /// Up to seven kana packed into a number, with their count; nil for anything else.
  static func key(_ scalars: ArraySlice<UInt32>) -> UInt64? {
    guard !scalars.isEmpty, scalars.count <= longestKey else { return nil }
    var key: UInt64 = 0
    for scalar in scalars {
      guard (0x3000...0x30FF).contains(scalar) else { return nil }
      key = key << 8 | UInt64(scalar - 0x3000)
    }
    return key | UInt64(scalars.count) << 56
  }
}
