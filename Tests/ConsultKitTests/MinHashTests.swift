import Testing

@testable import ConsultKit

@Suite struct MinHashTests {
    let minHash = MinHash(hashes: 128, shingle: 3, seed: 7)

    @Test func signingPartsEqualsSigningThemJoined() {
        let hasher = MinHash(hashes: 64, shingle: 3, seed: 7)
        let parts = ["We oppose the plan because", "it moves decisions away.", "", "Keep it local, please."]
        var separate: [UInt32] = []
        let words = hasher.appendSignature(of: parts, to: &separate)
        #expect(words == 13)
        #expect(separate == hasher.signature(of: parts.joined(separator: "\n\n")).values)
        #expect(separate != hasher.signature(of: parts.dropLast().joined(separator: " ")).values)
    }

    @Test func normalisesCasePunctuationAndSpacing() {
        let plain = minHash.signature(of: "we don't want option 2 for the integrated care system")
        let messy = minHash.signature(of: "  We DON’T want -- Option 2\u{00A0}for the “integrated care system”!\r\n")
        #expect(plain.words == 11)
        #expect(messy == plain)
    }

    @Test func keepsNonASCIILettersInWords() {
        #expect(minHash.signature(of: "café société naïve").words == 3)
        #expect(minHash.signature(of: "£5 – €10").words == 2)
    }

    @Test func estimatesJaccardSimilarity() {
        let original = (0..<200).map { "w\($0 % 150)" }
        var edited = original
        for index in stride(from: 10, to: 200, by: 20) { edited[index] = "x\(index)" }
        let exact = Self.jaccard(original, edited)
        let first = minHash.signature(of: original.joined(separator: " "))
        let second = minHash.signature(of: edited.joined(separator: " "))
        let equal = zip(first.values, second.values).filter { $0 == $1 }.count
        #expect(abs(Double(equal) / 128 - exact) < 0.12, "estimated \(equal)/128, exact \(exact)")
    }

    /// The pinned values catch any per-process seeding (such as Swift's `Hasher`) creeping in.
    @Test func isTheSameInEveryRunAndDependsOnTheSeed() {
        let text = "the same words give the same signature with the same seed"
        #expect(minHash.signature(of: text) == MinHash(hashes: 128, shingle: 3, seed: 7).signature(of: text))
        #expect(minHash.signature(of: text) != MinHash(hashes: 128, shingle: 3, seed: 8).signature(of: text))
        #expect(
            minHash.signature(of: text).values.prefix(4) == [
                3_575_754_336, 1_624_032_093, 4_184_263_212, 1_922_975_681,
            ])
    }

    /// Signatures of texts from one word (every bin empty but one) to hundreds (none empty), pinned as
    /// checksums worked out before empty bins were filled by visiting only them: the values must not move.
    @Test func fillsEmptyBinsAsItAlwaysDid() {
        let words = [
            "care", "the", "board", "local", "patients", "must", "have", "a", "voice", "in", "every", "decision",
            "funding", "follows", "need", "we", "agree", "with", "this", "proposal", "but", "worry", "about", "staff",
        ]
        var generator = SplitMix64(state: 42)
        var checksum: UInt64 = 0
        var checksums: [UInt64] = []
        for length in [1, 2, 3, 5, 10, 20, 40, 80, 160, 400] {
            for _ in 0..<50 {
                let text = (0..<length).map { _ in words[Int(generator.next() % UInt64(words.count))] }
                for value in minHash.signature(of: text.joined(separator: " ")).values {
                    checksum = (checksum &* 0x1_0000_0001_B3) ^ UInt64(value)
                }
            }
            checksums.append(checksum)
        }
        #expect(
            checksums == [
                15_143_258_808_468_656_768, 11_784_779_617_952_050_944, 1_449_825_135_156_936_064,
                7_719_899_902_584_043_128, 6_251_916_749_629_932_029, 14_703_582_596_352_057_793,
                16_369_003_692_867_302_252, 3_508_012_325_837_279_082, 901_645_928_057_039_982,
                6_091_555_071_504_911_759,
            ])
    }

    @Test func shortTextsStillGetAFullSignature() {
        let signature = minHash.signature(of: "hello")
        #expect(signature.words == 1)
        #expect(signature.values.count == 128)
        #expect(Set(signature.values).count == 1)
        #expect(minHash.signature(of: " ... ").words == 0)
    }
}

private extension MinHashTests {
    static func jaccard(_ first: [String], _ second: [String]) -> Double {
        func shingles(_ words: [String]) -> Set<String> {
            Set((0...(words.count - 3)).map { words[$0..<($0 + 3)].joined(separator: " ") })
        }
        let a = shingles(first)
        let b = shingles(second)
        return Double(a.intersection(b).count) / Double(a.union(b).count)
    }
}
