import Testing
@testable import KiemdiemExtract

/// `FigureReader.parse` reads digit tokens on their bytes; it must give what
/// the text path (`parseText`, Foundation's replacements) gives.
@Suite struct FigureParseTests {
    @Test func bytePathAgreesWithTextPath() {
        var samples = ["0", "06", "1.234", "12,5", "1.234,5", "6.1", "12.5", "1.234.567", "1..234", ".5", "5.",
                       "1.23", "1.2345", "1,2,3", ",", ".", "..", "1.234.56", "007,50", "99999999999999999999"]
        var g = SystemRandomNumberGenerator()
        let alphabet = Array("0123456789.,")
        for _ in 0..<2_000 {
            samples.append(String((0..<Int.random(in: 1...9, using: &g)).map { _ in alphabet.randomElement(using: &g)! }))
        }
        for s in samples {
            let a = FigureReader.parse(s), b = FigureReader.parseText(s)
            #expect(a == b || (a?.isNaN == true && b?.isNaN == true), "\(s)")
        }
    }
}
