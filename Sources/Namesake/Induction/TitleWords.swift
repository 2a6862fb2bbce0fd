/// The title vocabulary of `Languages/Data/titles.tsv`: head nouns, modifiers and the words that
/// build a complement, per language, each with the English words it corresponds to.
struct TitleWords: Sendable {
  /// Lowercased word (Japanese: suffix) → English words.
  private(set) var heads: [Language: [String: Set<String>]] = [:]
  private(set) var modifiers: [Language: [String: Set<String>]] = [:]
  private(set) var complementOpeners: [Language: Set<String>] = [:]
  private(set) var joiners: [Language: Set<String>] = [:]
  private(set) var listSeparators: [Language: Set<String>] = [:]
  /// Japanese marks and Swedish compound prefixes of a deputy's or an acting office, with their
  /// English words.
  private(set) var markers: [Language: [String: Set<String>]] = [:]
  /// Groups of English words that make a different office of the same head: {deputy, vice}, {acting}.
  private(set) var markerGroups: [String: Set<String>] = [:]
  /// Words that follow a name and belong to no title (氏, 同志).
  private(set) var honorifics: [Language: [String]] = [:]
  /// Japanese suffixes, longest first, so 委員長 wins over 長.
  private(set) var japaneseSuffixes: [String] = []

  static let knownTypes: Set<String> = [
    "ja-suffix", "ja-marker", "ja-honorific", "sv-head", "sv-modifier", "sv-marker-prefix", "sv-complement", "sv-joiner", "sv-list",
    "en-head", "en-modifier", "en-complement", "en-joiner", "en-list", "en-marker",
  ]

  init() throws(LanguageDataError) {
    let file = try LanguageDataFile.embedded("titles.tsv", knownTypes: Self.knownTypes)
    for row in file.rows {
      let parts = row.type.split(separator: "-", maxSplits: 1).map(String.init)
      guard parts.count == 2, let language = Language(rawValue: parts[0]) else { continue }
      let value = row.value.lowercased()
      let english = row.fields.count > 2 && row.fields[2] != "-"
        ? Set(row.fields[2].split(separator: "|").map { $0.lowercased() }) : []
      switch parts[1] {
      case "suffix", "head": heads[language, default: [:]][value, default: []].formUnion(english)
      case "modifier": modifiers[language, default: [:]][value, default: []].formUnion(english)
      case "marker" where language == .english: markerGroups[value, default: []].formUnion(english)
      case "marker", "marker-prefix": markers[language, default: [:]][value, default: []].formUnion(english)
      case "complement": complementOpeners[language, default: []].insert(value)
      case "joiner": joiners[language, default: []].insert(value)
      case "list": listSeparators[language, default: []].insert(value)
      case "honorific": honorifics[language, default: []].append(value)
      default:
        throw LanguageDataError(file: file.name, line: row.line, reason: "unhandled type '\(row.type)'")
      }
    }
    japaneseSuffixes = (heads[.japanese] ?? [:]).keys.sorted { ($0.count, $0) > ($1.count, $1) }
  }

  /// The head a word is (exactly, or as the end of a Swedish compound), with its English words.
  func head(_ word: String, language: Language) -> Set<String>? {
    let key = word.lowercased()
    guard let table = heads[language] else { return nil }
    if let english = table[key] { return english }
    guard language == .swedish else { return nil }
    // utrikesminister, partisekreterare: the longest head that ends the compound.
    let tail = table.keys.filter { key.count > $0.count && key.hasSuffix($0) }.max { $0.count < $1.count }
    return tail.flatMap { table[$0] }
  }

  func isModifier(_ word: String, language: Language) -> Bool { modifiers[language]?[word.lowercased()] != nil }

  /// The Japanese suffix `phrase` ends with (the longest), if any.
  func japaneseSuffix(of phrase: String) -> String? { japaneseSuffixes.first { phrase.hasSuffix($0) } }

  /// The marker groups (deputy, acting) of a phrase: 副大臣, biträdande minister, vicepresident.
  func markerGroups(ofPhrase phrase: String, words: [String], language: Language) -> Set<String> {
    var english = Set<String>()
    for (mark, meaning) in markers[language] ?? [:] {
      let marked = language == .japanese ? phrase.contains(mark) : words.contains { $0.lowercased().hasPrefix(mark) && $0.count > mark.count }
      if marked { english.formUnion(meaning) }
    }
    for word in words { english.formUnion(modifiers[language]?[word.lowercased()] ?? []) }
    return markerGroups(ofEnglish: english)
  }

  /// The marker groups English words belong to ("Deputy Minister …" → deputy).
  func markerGroups(ofEnglish words: Set<String>) -> Set<String> {
    Set(markerGroups.filter { !$0.value.isDisjoint(with: words) }.keys)
  }
}
