extension String {
  /// A String of `scalars`, encoded to UTF-8 in one buffer: appending scalars one by one to a
  /// String's scalar view costs several times more, and the pipeline builds many such pieces.
  init<Scalars: Collection>(scalars: Scalars) where Scalars.Element == Unicode.Scalar {
    var bytes = [UInt8]()
    bytes.reserveCapacity(scalars.count * 2)
    for scalar in scalars { UTF8.encode(scalar) { bytes.append($0) } }
    self = String(decoding: bytes, as: UTF8.self)
  }
}
