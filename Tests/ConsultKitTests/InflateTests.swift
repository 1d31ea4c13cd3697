import Foundation
import Testing

@testable import ConsultKit

/// Fixtures are raw DEFLATE streams made by Python's zlib (`compressobj(level, DEFLATED, -15)`).
@Suite struct InflateTests {
    @Test func inflatesFixedHuffmanBlock() throws {
        let compressed = try #require(Data(base64Encoded: "80jNycnXUUjOzysuzSlJLMnMz1NU8MAmaGhkbGIKAA=="))
        #expect((compressed[0] >> 1) & 3 == 1)
        let output = try Inflate.decompress(Array(compressed))
        #expect(String(decoding: output, as: UTF8.self) == "Hello, consultation! Hello, consultation! 12345")
    }

    @Test func inflatesDynamicHuffmanBlock() throws {
        let compressed = try #require(Data(base64Encoded: Self.dynamicFixture))
        #expect((compressed[0] >> 1) & 3 == 2)
        let output = try Inflate.decompress(Array(compressed))
        #expect(output.count == 12_807)
        #expect(CRC32.checksum(output) == 1_747_954_808)
        #expect(String(decoding: output, as: UTF8.self) == Self.dynamicText)
    }

    @Test func inflatesStoredBlock() throws {
        let compressed = try #require(
            Data(base64Encoded: "ASkA1v9TdG9yZWQgYmxvY2s6IAAB/yBieXRlcyBrZXB0IGFzIHRoZXkgYXJlLg=="))
        let output = try Inflate.decompress(Array(compressed))
        #expect(output == Array("Stored block: ".utf8) + [0, 1, 0xFF] + Array(" bytes kept as they are.".utf8))
    }

    @Test func rejectsTruncatedAndInvalidStreams() throws {
        let compressed = try #require(Data(base64Encoded: Self.dynamicFixture))
        #expect(throws: InflateError.truncated) { try Inflate.decompress(Array(compressed.prefix(500))) }
        #expect(throws: InflateError.invalidBlockType) { try Inflate.decompress([0x07]) }
        #expect(throws: InflateError.storedLengthMismatch) { try Inflate.decompress([0x01, 0x02, 0x00, 0x00, 0x00]) }
    }

    @Test func deflateRoundTripsAndShrinksText() throws {
        let text = Array(Self.dynamicText.utf8)
        let compressed = Deflate.compress(text)
        #expect(compressed.count < text.count / 4)
        #expect(try Inflate.decompress(compressed) == text)
        #expect(Deflate.compress(text) == compressed)
    }

    @Test func deflateRoundTripsEdgeCases() throws {
        let samples: [[UInt8]] = [
            [],
            [42],
            Array(repeating: 0, count: 100_000),
            (0..<70_000).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 13) },
            Array("abcabcabcabcabcabcabc".utf8),
        ]
        for sample in samples {
            #expect(try Inflate.decompress(Deflate.compress(sample)) == sample)
        }
    }

    /// The text behind ``dynamicFixture``, rebuilt the way the Python script built it.
    static let dynamicText: String = (0..<200).map { index in
        let words = ["preferred", "acceptable", "opposed"]
        return "Response \(index): option \(index % 3 + 1) is \(words[index % 3]) because of cost "
            + "(\(index * 7 % 101) pounds).\n"
    }.joined()

    static let dynamicFixture = """
        ldpLihRRFIThuavIoU4k476vy3AH/ShBkK6iq92/OlAEfyFi7m3PlRN+nRn5+XK/XV/ul+P8dFxvb1+vL4eOr/fj9nr5cnl9vTwfj5en\
        h+8//8D1y/F0vb8d78/jdv3+8nz/8PHd59+n9ed0+XX64enpcnt7ePx2+ff4hOPlz/H66/j1drve6a9Wg8PVnrwIjjd/9LLgfDdnrx0O\
        D3v2VuD49GdvG84vc/Y+4PC2Zx+VVuYMdgZ3Tub0k1ZOxR5/0dap+uNv2js1c/xNW6fubw4dH/70wumnG1mcfvmZpdho++NXCk453dRS\
        bIr8f3xKTin++J2yU6o5/qDglOYnF/+37kFyafvKMMdftHpl+sml5SsrSC5tX9nu7pNWPrQ0fA2kFQ1fXWsL5aYG2FJyaqBtpehUl9tG\
        uam+t52SUwNwO0WnuuIO/E3HJ3firzoJubR9zSV30eo1n9xNy9cScmn7mksuTu+LK5w+IRend8ktFJzmk1spOi0gt1F2uktuo+B0n9xO\
        0ekBuYOy021y8SHBJ3fS8vWA3EXb121yafW6T+6m5esBuTi9Ky4NP3xxRcOPgNxC0RkuuZVyM3xyKyVnBOQ2is5wye2UmxGQS8kZAbkD\
        H7Fdcidt3gjIpeWbAbmLtm+65G5avemTq5O2bwbm4vguucLxfXMLTh+YWyg80zW3UnKmb26j7MzEXArPcs3tlJzlmzsoOysxF19PueZO\
        Wr3lm7to+VZg7qbtW665m1Zv+ebi9AG5wuntp1yafvvoForODtCtlJ1to0vB2T66jaKzA3Q7ZWfb6FJwto/uwFe7AbqTtm+76C5ave2j\
        u/Dd7hmou/H96Omyi2+mT59dnj9QVzy/6y52IjoDePEF7xnIi82ITpdebEZ0BvZu/AEBvtiPSK6+3I/I5/c//UjgL3ckcgHmikS+wFyR\
        KCEY91CuwXwB32BuSZQozBdwGeaipPgOY1GikkCMQSquxNiVqPgUY1eiEliMfYmKi/HgptHXGOsSlYBjrExUbI9xCYsPMjYmqgHIeIFq\
        v3nG08FjMM8fgIzFiaoNMoao+iBjb6IagIzdiaoLMlYnqj7IWJ2oBiBjfaLmgjy5sA9AxjVsAcjYoKi5IGOBohaAjGvYApD5Aq7H4gsE\
        IPMFkjfRGKTmgow1iroPMtYo6gHIWKWouyBjk6Lug4xNinoCMn/84oKMZYq6DzKWKeoJyLiH3QUZ+xR1H2S8wEgekPEHuB5jpaLhg4yV\
        ikYAMtYqGi7I2KpoBB9g8RdYAcjYrGjYIGOIhg8yFisaAchYrmjaIOMSTh9k7FY0A5CxX9F0QeZ6RTP4FgvPByCLb+CKXPgCvsjYsGgG\
        ImPLoumKjCWLViAyf8wYiIxFi5YrMvYsWoHIGKQViIxdi5YrMlYtWr7IWLVoBSJj3aLliswX2EHRil+0Jk/IeIHtkoyFi7ZPMhYu2gnJ\
        GKTtktz4o2CfZOxctBOSMUjbJRlrF22fZKxdtAOS/65efgA=
        """
}
