/// Appends the image's values (see `GlossaryImage` for the layout).
struct ImageWriter {
  var bytes = [UInt8]()

  mutating func integer<T: FixedWidthInteger>(_ value: T) {
    withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
  }

  mutating func count(_ value: Int) { integer(UInt32(value)) }

  mutating func string(_ value: String) {
    var value = value
    value.withUTF8 { utf8 in
      count(utf8.count)
      bytes.append(contentsOf: utf8)
    }
  }

  mutating func optional<T>(_ value: T?, _ write: (inout ImageWriter, T) -> Void) {
    bytes.append(value == nil ? 0 : 1)
    if let value { write(&self, value) }
  }

  mutating func sources(_ sources: Sources) {
    count(sources.items.count)
    for item in sources.items { string(item) }
  }

  /// As the glossary writes it (YYYY, YYYY-MM or YYYY-MM-DD), read back through the same parser.
  mutating func date(_ date: PartialDate) { string(date.description) }

  mutating func entity(_ entity: Entity) {
    string(entity.id)
    string(entity.kind.rawValue)
    string(entity.canonical)
    sources(entity.sources)
    string(entity.note)
    count(entity.names.count)
    for name in entity.names {
      string(name.language.rawValue)
      string(name.form)
      string(name.status.rawValue)
      bytes.append(name.isAmbiguous ? 1 : 0)
      sources(name.sources)
    }
    count(entity.tenures.count)
    for tenure in entity.tenures {
      string(tenure.office)
      optional(tenure.of) { $0.string($1) }
      optional(tenure.from) { $0.date($1) }
      optional(tenure.to) { $0.date($1) }
      optional(tenure.seenIn) { $0.string($1) }
      sources(tenure.sources)
    }
    count(entity.relations.count)
    for relation in entity.relations {
      string(relation.kind.rawValue)
      string(relation.object)
      optional(relation.date) { $0.date($1) }
      sources(relation.sources)
    }
  }
}

/// Reads the image's values with every length checked against what is left, so a damaged image
/// is an error at a byte offset, never a crash or a huge allocation.
struct ImageReader {
  struct Failure: Error {
    var offset: Int
    var reason: String
  }

  /// A slice of the whole file, so its indices are file offsets (for messages).
  private let bytes: ArraySlice<UInt8>
  private var position: Int

  init(bytes: ArraySlice<UInt8>) {
    self.bytes = bytes
    self.position = bytes.startIndex
  }

  var offset: Int { position }
  var isAtEnd: Bool { position == bytes.endIndex }
  var bytesLeft: Int { bytes.endIndex - position }

  mutating func take(_ count: Int) throws(Failure) -> ArraySlice<UInt8> {
    guard count >= 0, bytesLeft >= count else {
      throw Failure(offset: position, reason: "truncated: \(count) bytes needed, \(bytesLeft) left")
    }
    position += count
    return bytes[(position - count)..<position]
  }

  mutating func integer<T: FixedWidthInteger>() throws(Failure) -> T {
    let slice = try take(MemoryLayout<T>.size)
    var value = T.zero
    for (index, byte) in slice.enumerated() { value |= T(truncatingIfNeeded: byte) << (8 * index) }
    return value
  }

  mutating func byte() throws(Failure) -> UInt8 { try take(1).first ?? 0 }

  /// A count of items that each take at least one byte: more than the bytes left is damage.
  mutating func count() throws(Failure) -> Int {
    let at = position
    let value = Int(try integer() as UInt32)
    guard value <= bytesLeft else { throw Failure(offset: at, reason: "count \(value) exceeds the bytes left") }
    return value
  }

  mutating func string() throws(Failure) -> String {
    let at = position
    let utf8 = try take(try count())
    // Decoding repairs invalid UTF-8, so a string that changed was invalid. (`String(validating:)`
    // is generic and looked its types up at run time: a quarter of reading an image.)
    var value = String(decoding: utf8, as: UTF8.self)
    let unchanged = value.withUTF8 { decoded in
      utf8.withUnsafeBytes { original in decoded.count == original.count && decoded.elementsEqual(original) }
    }
    guard unchanged else { throw Failure(offset: at, reason: "invalid UTF-8 in a string") }
    return value
  }

  mutating func optional<T>(_ read: (inout ImageReader) throws(Failure) -> T) throws(Failure) -> T? {
    let at = position
    switch try byte() {
    case 0: return nil
    case 1: return try read(&self)
    case let flag: throw Failure(offset: at, reason: "optional flag \(flag), expected 0 or 1")
    }
  }

  mutating func raw<T: RawRepresentable<String>>(_ type: T.Type) throws(Failure) -> T {
    let at = position
    let text = try string()
    guard let value = T(rawValue: text) else { throw Failure(offset: at, reason: "unknown \(T.self) '\(text)'") }
    return value
  }

  mutating func sources() throws(Failure) -> Sources {
    let count = try count()
    var items = [String]()
    items.reserveCapacity(count)
    for _ in 0..<count { items.append(try string()) }
    return Sources(items)
  }

  mutating func date() throws(Failure) -> PartialDate {
    let at = position
    let text = try string()
    guard let date = PartialDate(text) else { throw Failure(offset: at, reason: "invalid date '\(text)'") }
    return date
  }

  mutating func entity() throws(Failure) -> Entity {
    let id = try string()
    let kind = try raw(EntityKind.self)
    let canonical = try string()
    let sources = try sources()
    let note = try string()
    var names = [Name]()
    let nameCount = try count()
    names.reserveCapacity(nameCount)
    for _ in 0..<nameCount {
      let language = try raw(Language.self)
      let form = try string()
      let status = try raw(NameStatus.self)
      let isAmbiguous = try byte() != 0
      names.append(Name(language: language, form: form, status: status, isAmbiguous: isAmbiguous, sources: try self.sources()))
    }
    var tenures = [Tenure]()
    for _ in 0..<(try count()) {
      let office = try string()
      let of = try optional { reader throws(Failure) in try reader.string() }
      let from = try optional { reader throws(Failure) in try reader.date() }
      let to = try optional { reader throws(Failure) in try reader.date() }
      let seenIn = try optional { reader throws(Failure) in try reader.string() }
      tenures.append(Tenure(office: office, of: of, from: from, to: to, seenIn: seenIn, sources: try self.sources()))
    }
    var relations = [Relation]()
    for _ in 0..<(try count()) {
      let kind = try raw(RelationKind.self)
      let object = try string()
      let date = try optional { reader throws(Failure) in try reader.date() }
      relations.append(Relation(kind: kind, object: object, date: date, sources: try self.sources()))
    }
    return Entity(id: id, kind: kind, canonical: canonical, sources: sources, note: note, names: names, tenures: tenures, relations: relations)
  }
}
