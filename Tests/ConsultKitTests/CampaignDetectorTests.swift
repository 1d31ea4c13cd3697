import Testing

@testable import ConsultKit

@Suite struct CampaignDetectorTests {
    @Test func exactCopiesCluster() {
        var detector = CampaignDetector()
        for id in 1...5 { detector.add(id: id, text: Self.template) }
        detector.add(id: 6, text: Self.independent[0])
        #expect(detector.clusters() == [CampaignDetector.Cluster(members: [1, 2, 3, 4, 5], representative: 1)])
    }

    @Test func copiesMatchWhateverTheCaseAndPunctuation() {
        var detector = CampaignDetector()
        detector.add(id: 1, text: Self.template)
        detector.add(id: 2, text: Self.template.uppercased())
        detector.add(id: 3, text: Self.template.replacingPunctuation(with: " -- "))
        #expect(detector.clusters().map(\.members) == [[1, 2, 3]])
    }

    @Test func lightlyEditedCopiesCluster() {
        var words = Self.words(Self.template)
        #expect(words.count >= 115)
        var detector = CampaignDetector()
        detector.add(id: 10, text: words.joined(separator: " "))
        words[20] = "strongly"
        words.remove(at: 70)
        detector.add(id: 11, text: words.joined(separator: " "))
        words = Self.words(Self.template)
        words.insert("really", at: 40)
        words[100] = "region"
        words.remove(at: 5)
        detector.add(id: 12, text: words.joined(separator: " "))
        words = Self.words(Self.template)
        words[60] = "we"
        words[90] = "must"
        detector.add(id: 13, text: words.joined(separator: " "))
        let clusters = detector.clusters()
        #expect(clusters.map(\.members) == [[10, 11, 12, 13]])
        #expect(clusters.first?.representative == 10)
    }

    @Test func independentResponsesOnTheSameTopicDoNotCluster() {
        var detector = CampaignDetector(minimumSize: 2)
        for (id, text) in Self.independent.enumerated() { detector.add(id: id, text: text) }
        #expect(detector.clusters().isEmpty)
    }

    @Test func twoCampaignsBecomeTwoClusters() {
        var detector = CampaignDetector()
        for id in 0..<4 { detector.add(id: id, text: Self.template + " Thank you.") }
        for id in 4..<10 { detector.add(id: id, text: Self.otherTemplate) }
        for (offset, text) in Self.independent.enumerated() { detector.add(id: 100 + offset, text: text) }
        let clusters = detector.clusters()
        #expect(clusters.map(\.members) == [[4, 5, 6, 7, 8, 9], [0, 1, 2, 3]])
        #expect(clusters.map(\.representative) == [4, 0])
    }

    @Test func shortTextsAreIgnored() {
        var detector = CampaignDetector()
        for id in 0..<10 { detector.add(id: id, text: "I support option 2.") }
        for id in 10..<13 { detector.add(id: id, text: "I strongly support option 2 for the whole area.") }
        #expect(detector.clusters().map(\.members) == [[10, 11, 12]])
    }

    @Test func minimumSizeIsRespected() {
        var pairs = CampaignDetector()
        var threes = CampaignDetector(minimumSize: 2)
        for id in 0..<2 {
            pairs.add(id: id, text: Self.template)
            threes.add(id: id, text: Self.template)
        }
        #expect(pairs.clusters().isEmpty)
        #expect(threes.clusters().map(\.members) == [[0, 1]])
    }

    @Test func sameInputGivesSameClusters() {
        func run() -> [CampaignDetector.Cluster] {
            var detector = CampaignDetector()
            for (id, text) in Self.generatedTexts().texts { detector.add(id: id, text: text) }
            return detector.clusters()
        }
        let first = run()
        #expect(!first.isEmpty)
        #expect(first == run())
    }

    @Test func findsThreeGeneratedCampaignsAmongAThousandTexts() {
        let generated = Self.generatedTexts()
        var detector = CampaignDetector()
        for (id, text) in generated.texts { detector.add(id: id, text: text) }
        let clusters = detector.clusters()
        #expect(clusters.count == 3)
        #expect(Set(clusters.map { Set($0.members) }) == Set(generated.campaigns.map { Set($0) }))
        #expect(clusters.allSatisfy { $0.members.count == 50 && $0.members.contains($0.representative) })
    }
}

private extension CampaignDetectorTests {
    /// Joining two detectors with new ids gives the clusters of one detector that had the texts in id order.
    @Test func joiningWithNewIdsDependsOnlyOnTheIds() {
        let (texts, _) = Self.generatedTexts()
        var inOrder = CampaignDetector()
        for (id, text) in texts { inOrder.add(id: id, text: text) }
        var odd = CampaignDetector()
        var even = CampaignDetector()
        for (id, text) in texts.reversed() {
            if id % 2 == 1 { odd.add(id: 10_000 + id, text: text) } else { even.add(id: 20_000 + id, text: text) }
        }
        let joined = CampaignDetector.joined(even, odd) { $0 >= 20_000 ? $0 - 20_000 : $0 - 10_000 }
        #expect(joined.count == inOrder.count)
        #expect(joined.clusters() == inOrder.clusters())
        #expect(!joined.clusters().isEmpty)
    }

    static let template = """
        I am writing as a resident of the borough to object to the proposals in their current form. \
        The consultation says that the integrated care system will bring decisions closer to local \
        people, but the plans move budgets away from the local authority and into a board that \
        nobody here elected. Option 2 would give councils a statutory seat and a veto over closures, \
        and I urge you to adopt it. Our community hospital has already lost its minor injuries unit \
        and its evening clinics, and the nearest emergency department is forty minutes away by bus. \
        Please keep services local, publish the financial plans in full and listen to the people \
        who depend on them every day.
        """

    static let otherTemplate = """
        As a member of the patient participation group at my surgery I fully support the move to \
        place based partnerships, provided that GP practices are properly represented. Primary care \
        delivers most NHS appointments yet receives a small share of the budget, and the new \
        arrangements must change that. Please make sure that the primary care networks have a formal \
        voice on every partnership board and that funding follows patients into the community.
        """

    /// Responses written independently about the same proposals, sharing the consultation's vocabulary.
    static let independent = [
        """
        Our organisation welcomes the direction of travel set out in the consultation. We agree that \
        the integrated care system should have a clear statutory footing, and on balance we prefer \
        option 2 because it keeps a single accountable body. However, the local authority must \
        remain an equal partner, and we are concerned that social care funding is not addressed. \
        The transition timetable is very ambitious given winter pressures, and we would ask for a \
        phased approach with proper evaluation at each stage before further functions are moved.
        """,
        """
        I have worked as a district nurse for twenty years and I am worried about what these changes \
        mean for staff. Nobody has explained how the integrated care system will employ people or \
        whether our terms will be protected. Option 1 looks simpler to me, but either way the local \
        authority and the NHS need to share records properly, because at the moment I spend hours \
        chasing information that should be on one screen. Please ask frontline staff before you \
        finalise anything, not after the decisions are made.
        """,
        """
        The council's health scrutiny committee has considered the proposals at two public meetings. \
        Members were unanimous that democratic accountability must be strengthened, not weakened. \
        We do not support option 2 as drafted, since it leaves the local authority with only an \
        advisory role on the integrated care system board. We recommend that scrutiny powers are \
        extended to the new bodies, that meetings are held in public, and that papers are published \
        at least a week in advance so residents can follow how money is spent.
        """,
        """
        My mother has dementia and lives alone, so I see every day how health and social care fail to \
        join up. The carers come at different times, the hospital discharges her without telling \
        anyone, and the GP cannot see the council's notes. If the integrated care system can fix \
        that, I am for it. I do not mind whether you choose option 1 or option 2, but please make \
        sure carers are consulted, and that the local authority does not lose the budget it needs \
        for home care packages.
        """,
        """
        Speaking for a small charity that runs befriending and transport schemes, we find the \
        consultation document hard to follow and the questions rather leading. The voluntary sector \
        is mentioned only once. We would like a guaranteed place for community groups in the \
        integrated care system, multi year grants instead of annual contracts, and a simple way to \
        bid for work. Option 2 seems to centralise commissioning further, which in our experience \
        squeezes out small local providers who know their neighbourhoods best.
        """,
    ]

    static func words(_ text: String) -> [String] {
        text.split(separator: " ").map(String.init)
    }

    /// 1,000 unrelated texts and 50 lightly edited copies of each of three templates, shuffled;
    /// `campaigns` lists the ids of each template's copies.
    static func generatedTexts() -> (texts: [(Int, String)], campaigns: [[Int]]) {
        var random = SplitMix64(state: 2021)
        let syllables = ["ca", "re", "sys", "tem", "lo", "cal", "au", "tho", "ri", "ty", "op", "tion", "in", "te"]
        let vocabulary = (0..<1_500).map { _ in
            (0..<Int.random(in: 1...3, using: &random)).map { _ in syllables.randomElement(using: &random) ?? "" }
                .joined()
        }
        func randomWords(_ count: Int) -> [String] {
            (0..<count).map { _ in vocabulary.randomElement(using: &random) ?? "" }
        }
        func edited(_ template: [String]) -> [String] {
            var words = template
            for _ in 0..<Int.random(in: 2...3, using: &random) {
                let index = Int.random(in: 0..<words.count, using: &random)
                switch Int.random(in: 0..<3, using: &random) {
                case 0: words[index] = randomWords(1)[0]
                case 1: words.remove(at: index)
                default: words.insert(contentsOf: randomWords(1), at: index)
                }
            }
            return words
        }
        let templates = (0..<3).map { _ in randomWords(120) }
        var entries = (0..<1_000).map { _ in (campaign: -1, text: randomWords(Int.random(in: 60...140, using: &random)))
        }
        for (campaign, template) in templates.enumerated() {
            entries += (0..<50).map { _ in (campaign: campaign, text: edited(template)) }
        }
        entries.shuffle(using: &random)
        var campaigns: [[Int]] = [[], [], []]
        for (id, entry) in entries.enumerated() where entry.campaign >= 0 { campaigns[entry.campaign].append(id) }
        return (entries.enumerated().map { ($0.offset, $0.element.text.joined(separator: " ")) }, campaigns)
    }
}

private extension String {
    func replacingPunctuation(with replacement: String) -> String {
        split(whereSeparator: { $0 == "," || $0 == "." }).joined(separator: replacement)
    }
}

@Suite struct CampaignDetectorJoiningTests {
    @Test func joiningPartsInOrderEqualsOnePass() {
        let template =
            "We the undersigned residents oppose any change that would move decisions about our local hospital away from the borough and into a distant body that nobody elected"
        var texts: [String] = []
        for i in 0..<40 {
            texts.append(i % 4 == 0 ? template + " signed \(i % 3)" : Self.unrelated(i))
        }
        var whole = CampaignDetector()
        for (i, text) in texts.enumerated() { whole.add(id: i, text: text) }
        var first = CampaignDetector()
        var second = CampaignDetector()
        for (i, text) in texts.enumerated() {
            if i < 17 { first.add(id: i, text: text) } else { second.add(id: i, text: text) }
        }
        first.append(contentsOf: second)
        #expect(first.count == whole.count)
        #expect(first.clusters() == whole.clusters())
        #expect(whole.clusters().map(\.members) == [Array(stride(from: 0, to: 40, by: 4))])
    }

    @Test func sketchesNeverCountMoreDifferencesThanTheSignatures() {
        // The sketch filter may only rule out pairs that the full comparison would rule out too.
        var state: UInt64 = 7
        func next() -> UInt32 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt32(truncatingIfNeeded: state >> 29)
        }
        var ruledOut = 0
        for round in 0..<500 {
            let first = (0..<128).map { _ in next() }
            // From identical to unrelated: each entry replaced with chance round/500.
            let second = first.map { next() % 500 < UInt32(round) ? next() : $0 }
            let differing = zip(first, second).filter { UInt8(truncatingIfNeeded: $0) != UInt8(truncatingIfNeeded: $1) }
                .count
            let estimate = CampaignDetector.Sketch(first).differingEntries(CampaignDetector.Sketch(second))
            #expect(estimate <= differing)
            if differing > 32, estimate > 32 { ruledOut += 1 }
        }
        // And it is useful: most pairs far from copies are ruled out by the sketch alone.
        #expect(ruledOut > 250)
    }

    /// A text that shares vocabulary with the others but not their word order.
    static func unrelated(_ seed: Int) -> String {
        let words = [
            "access", "waiting", "pharmacy", "council", "hospital", "nurses", "care", "home", "doctor", "evening",
            "transport", "parking", "mental", "health", "children", "carers", "funding", "local", "services", "clinic",
            "appointments", "online", "phone", "support", "community", "older", "people", "housing", "school", "staff",
        ]
        var state = UInt64(seed + 1) &* 0x9E37_79B9_7F4A_7C15
        return (0..<24).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return words[Int(state >> 33) % words.count]
        }.joined(separator: " ")
    }
}
