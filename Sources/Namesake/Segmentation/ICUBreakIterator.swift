import CICUShim

/// ICU's sentence BreakIterator for one locale, safe to share between tasks.
///
/// An ICU iterator holds per-text state, so each call borrows an idle clone from a small pool
/// (cloning only when all are busy) instead of serialising callers on one iterator.
/// The only file that imports `CICUShim` for segmentation.
final class ICUBreakIterator: Sendable {
  let locale: String
  private let prototype: OpaqueIterator
  private let idle = Locked<[OpaqueIterator]>([])

  /// An ICU iterator pointer that is only ever used by one thread at a time (see `idle`).
  private struct OpaqueIterator: @unchecked Sendable {
    let pointer: OpaquePointer
  }

  init(locale: String) throws(SegmentationError) {
    self.locale = locale
    var pointer: OpaquePointer?
    let status = nsk_sentence_iterator_open(locale, &pointer)
    guard status <= 0, let pointer else {
      throw Self.error("ubrk_open(\(locale))", status)
    }
    prototype = OpaqueIterator(pointer: pointer)
  }

  deinit {
    nsk_sentence_iterator_close(prototype.pointer)
    idle.withLock { iterators in
      for iterator in iterators { nsk_sentence_iterator_close(iterator.pointer) }
      iterators.removeAll()
    }
  }

  /// Sentence boundaries of `units` as UTF-16 offsets: ascending, excluding 0, ending with
  /// `units.count` when the text is not empty.
  func boundaries(in units: [UInt16]) throws(SegmentationError) -> [Int] {
    if units.isEmpty { return [] }
    let iterator = try borrow()
    defer { giveBack(iterator) }
    var status: Int32 = 0
    // At most one boundary per code unit; left uninitialised, ICU writes the ones it finds.
    let result = [Int32](unsafeUninitializedCapacity: units.count) { out, written in
      var count: Int32 = 0
      status = units.withUnsafeBufferPointer { text in
        nsk_sentence_boundaries(
          iterator.pointer, text.baseAddress, Int32(text.count), out.baseAddress, Int32(out.count), &count)
      }
      written = status <= 0 ? Int(count) : 0
    }
    guard status <= 0 else { throw Self.error("ubrk_next", status) }
    // ICU's contract, checked so that a broken ICU is an error and never bad offsets or a trap.
    var previous: Int32 = 0
    for boundary in result {
      guard boundary > previous, boundary <= units.count else { throw .icu(operation: "ubrk_next", status: 0, name: "boundary \(boundary) after \(previous) of \(units.count)") }
      previous = boundary
    }
    guard previous == units.count else { throw .icu(operation: "ubrk_next", status: 0, name: "last boundary \(previous) of \(units.count)") }
    return result.map { Int($0) }
  }

  private func borrow() throws(SegmentationError) -> OpaqueIterator {
    if let iterator = idle.withLock({ $0.popLast() }) { return iterator }
    var pointer: OpaquePointer?
    let status = nsk_sentence_iterator_clone(prototype.pointer, &pointer)
    guard status <= 0, let pointer else { throw Self.error("ubrk_clone(\(locale))", status) }
    return OpaqueIterator(pointer: pointer)
  }

  private func giveBack(_ iterator: OpaqueIterator) {
    idle.withLock { $0.append(iterator) }
  }

  private static func error(_ operation: String, _ status: Int32) -> SegmentationError {
    .icu(operation: operation, status: status, name: String(validatingCString: nsk_status_name(status)) ?? "?")
  }

  /// The ICU library version ("72.1").
  static var icuVersion: String {
    var buffer = [CChar](repeating: 0, count: 32)
    nsk_icu_version(&buffer, Int32(buffer.count))
    let bytes = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
    return String(decoding: bytes, as: UTF8.self)
  }
}
