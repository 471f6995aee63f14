import Testing
@testable import KiemdiemIngest
@Test func smoke() { #expect(PostReader.readableExtensions.contains("html")) }
