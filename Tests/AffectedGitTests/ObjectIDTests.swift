import AffectedGit
import Testing

@Suite("Object ids")
struct ObjectIDTests {
  /// Ids with every digit at every position, the extremes, and a commit id as git prints it.
  private static let hexForms: [String] = {
    let digits = Array("0123456789abcdef")
    var forms = [
      String(repeating: "0", count: 40), String(repeating: "f", count: 40),
      "86af987c0d1e2f3a4b5c6d7e8f9012345678abcd",
    ]
    for offset in 0..<16 {
      forms.append(String((0..<40).map { digits[($0 + offset) % 16] }))
      forms.append(String((0..<40).map { digits[($0 * 7 + offset) % 16] }))
    }
    return forms
  }()

  @Test("The description gives back the 40 lowercase digits parsed, whatever their case")
  func descriptionRoundTrips() throws {
    for hex in Self.hexForms {
      let id = try #require(ObjectID(hex: hex))
      #expect(id.description == hex)
      #expect(try #require(ObjectID(hex: hex.uppercased())).description == hex)
      #expect(id.abbreviated() == String(hex.prefix(7)))
    }
    #expect(ObjectID.zero.description == String(repeating: "0", count: 40))
  }
}
