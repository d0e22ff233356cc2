import AffectedTestSupport
import Foundation
import Testing

@testable import AffectedGit

@Suite("A pack index finds ids however they spread", .scratchDirectory)
struct PackIndexTests {
  /// Writes a version-2 index of `ids` (sorted here), the object at position `n` in id order
  /// at pack offset `12 + 100 * n`, and opens it.
  private func index(of ids: [ObjectID], named name: String) throws -> PackIndex {
    let sorted = ids.sorted()
    var bytes: [UInt8] = [0xff, 0x74, 0x4f, 0x63, 0, 0, 0, 2]
    func append(_ value: UInt32) {
      withUnsafeBytes(of: value.bigEndian) { bytes += $0 }
    }
    for first in 0...255 {
      append(UInt32(sorted.filter { Int($0.firstByte) <= first }.count))
    }
    for id in sorted {
      var raw = id.raw
      withUnsafeBytes(of: &raw.id) { bytes += $0.prefix(20) }
    }
    for _ in sorted { append(0) }
    for position in sorted.indices { append(UInt32(12 + 100 * position)) }
    bytes += [UInt8](repeating: 0, count: 40)
    let path = try ScratchDirectory.url.appending(path: name).path
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return try #require(PackIndex(path: path))
  }

  /// The id whose 20 bytes are `leading` followed by zeros and `last`.
  private func id(_ leading: [UInt8], last: UInt8 = 1) -> ObjectID {
    let bytes = leading + [UInt8](repeating: 0, count: 19 - leading.count) + [last]
    return bytes.withUnsafeBytes { ObjectID(rawBytes: $0) }
  }

  @Test("Ids crowded at one end of their first byte's range are found past the guess")
  func crowdedIds() throws {
    // 150 ids just above 0x00000000…, 50 spread over the upper half of the first byte 0x00, and
    // a few under other first bytes: guesses for the crowded ones land far from them.
    var ids = (0..<150).map { id([0, 0, 0, UInt8($0)]) }
    ids += (0..<50).map { id([0, 0x80 + UInt8($0), 0x10]) }
    ids += [id([0x01]), id([0x7f, 0x33]), id([0xff, 0xff])]
    let index = try index(of: ids, named: "crowded.idx")
    let sorted = ids.sorted()
    for (position, id) in sorted.enumerated() {
      #expect(index.offset(of: id) == 12 + 100 * position, "\(id)")
    }
    // Absent ids: between crowded ones, past every id of a bucket, before the first, in an
    // empty bucket.
    for absent in [
      id([0, 0, 0, 7], last: 2), id([0, 0xff]), id([0], last: 0), id([0x02]),
      id([0xff, 0xff], last: 2),
    ] {
      #expect(index.offset(of: absent) == nil, "\(absent)")
    }
  }
}
