/// Writes the rows of a synthetic export and keeps the answer key as it goes.
extension SyntheticExport {
    struct Generator {
        private var random: SplitMix64
        private var csv: [UInt8] = []
        private var key = AnswerKey()
        /// Each organisation's latest row so far, by name, and the order organisations first appeared.
        private var organisations: [String: Row] = [:]
        private var organisationOrder: [String] = []

        /// What one row contributes to the answer key if it counts.
        struct Row {
            var type: String
            var place: String?
            var day: Day?
            var answers: [String: String] = [:]
            var themes: Set<String> = []
            var themeQuestions: Set<[String]> = []
        }

        private static let agreement = [
            ("Strongly agree", "strongly-agree"), ("Tend to agree", "agree"), ("Agree", "agree"),
            ("Neither agree nor disagree", "neutral"), ("Tend to disagree", "disagree"),
            ("Strongly disagree", "strongly-disagree"), ("Don't know", "dont-know"),
        ]
        /// Per question, the weight of each answer above and of no answer, so positions differ.
        private static let agreementWeights: [[Double]] = [
            [20, 30, 10, 10, 10, 5, 10, 5], [8, 12, 6, 14, 20, 20, 10, 10], [10, 20, 10, 20, 15, 10, 10, 5],
            [5, 15, 10, 30, 15, 10, 10, 5],
        ]
        private static let options = [
            ("Option 1", "option-1"), ("Option 2", "option-2"), ("Neither", "neither"),
            ("No preference", "no-preference"),
        ]
        private static let optionWeights: [Double] = [30, 35, 10, 15, 10]
        private static let kinds = [
            ("Council", "local-authority", "Local authority"), ("Healthwatch", "healthwatch", "Healthwatch"),
            ("Carers Network", "voluntary-sector", "Voluntary and community sector"),
            ("Hospital Trust", "nhs-trust", "NHS trust"),
            ("Commissioning Group", "ccg", "Clinical commissioning group"),
        ]

        /// The share of members of the public who copy a campaign template.
        private let campaignShare: Double
        private var campaignCounts: [Int]

        init(seed: UInt64, campaignShare: Double = 0) {
            random = SplitMix64(seed: seed)
            self.campaignShare = min(max(campaignShare, 0), 1)
            campaignCounts = Array(repeating: 0, count: SyntheticExport.campaignTemplates.count)
        }

        mutating func make(rows: Int) -> ([UInt8], AnswerKey) {
            csv.reserveCapacity(rows * 1_450 + 1_000)
            append(SyntheticExport.header)
            for index in 0..<rows { makeRow(number: index + 2) }
            for name in organisationOrder {
                if let row = organisations[name] { count(row) }
            }
            key.rows = rows
            key.campaigns = campaignCounts.filter { $0 > 0 }
            let q = SyntheticExport.questionnaire
            for question in q.scaledQuestions {
                let weights = sideWeights[question.id] ?? [:]
                let sides = SummaryBuilder.sides(of: q.options(for: question))
                key.positions[question.id] =
                    PositionRule.position(weights: sides.map { ($0, weights[$0] ?? 0) }).position
            }
            return (csv, key)
        }

        /// Per question, per side, the weight of the counted respondents on that side.
        private var sideWeights: [String: [String: Double]] = [:]

        private mutating func makeRow(number: Int) {
            let q = SyntheticExport.questionnaire
            let isPublic = random.chance(0.85)
            var fields = [String](repeating: "", count: SyntheticExport.header.count)
            fields[0] = "R\(100_000 + number)"
            var row: Row
            var name = ""
            var previous: Row?
            if isPublic {
                name = random.chance(0.1) ? "Resident \(number)" : ""
                fields[2] = random.chance(0.7) ? "Member of the public" : "Resident"
                let place = random.chance(0.05) ? nil : random.pick(q.places)
                fields[3] = place?.label ?? ""
                row = Row(type: "public", place: place?.id)
            } else if !organisationOrder.isEmpty, random.chance(0.2) {
                name = random.pick(organisationOrder)
                previous = organisations[name]
                row = Row(type: previous?.type ?? "other", place: previous?.place)
                fields[2] = Self.kinds.first { $0.1 == row.type }?.2 ?? ""
                fields[3] = q.places.first { $0.id == row.place }?.label ?? ""
            } else {
                let kind = random.pick(Self.kinds)
                let place = random.pick(q.places)
                name = "\(place.label) \(kind.0) \(organisationOrder.count + 1)"
                organisationOrder.append(name)
                fields[2] = kind.2
                fields[3] = place.label
                row = Row(type: kind.1, place: place.id)
            }
            fields[1] = name
            fields[4] = date(for: &row, after: previous?.day, isPublic: isPublic)
            fields[5] = isPublic && random.chance(0.5) ? "" : "person\(number)@example.org"
            fields[6] = random.pick(weighted: [("Yes", 60), ("Yes, anonymously", 25), ("No", 15)])
            if isPublic, campaignShare > 0, random.chance(campaignShare) {
                copyCampaign(into: &fields, row: &row)
            } else {
                answerFreely(into: &fields, row: &row)
            }
            if random.chance(0.2) {
                let themes = (0..<(random.chance(0.5) ? 1 : 2)).map { _ in random.pick(q.themes) }
                fields[17] = themes.map { random.chance(0.5) ? $0.label : $0.id }.joined(separator: "; ")
                for theme in themes {
                    row.themes.insert(theme.id)
                    row.themeQuestions.insert([theme.id, "comments"])
                }
            }
            append(fields)
            if isPublic {
                count(row)
            } else {
                if previous != nil { key.superseded += 1 }
                organisations[name] = row
            }
        }

        /// Answers and comments of the respondent's own, at random.
        private mutating func answerFreely(into fields: inout [String], row: inout Row) {
            let q = SyntheticExport.questionnaire
            for (index, question) in q.scaledQuestions.enumerated() {
                let cell: String
                if random.chance(0.002) {
                    cell = "Maybe"
                    row.answers[question.id] = SummaryBuilder.unrecognised
                    key.rejectedCells += 1
                } else if index < 4 {
                    let choice = random.index(weighted: Self.agreementWeights[index])
                    cell = choice < Self.agreement.count ? Self.agreement[choice].0 : ""
                    if choice < Self.agreement.count { row.answers[question.id] = Self.agreement[choice].1 }
                } else {
                    let choice = random.index(weighted: Self.optionWeights)
                    cell = choice < Self.options.count ? Self.options[choice].0 : ""
                    if choice < Self.options.count { row.answers[question.id] = Self.options[choice].1 }
                }
                fields[7 + index] = cell
            }
            for (index, question) in SyntheticExport.commentQuestions.enumerated() {
                fields[12 + index] = comment(question: question, into: &row)
            }
        }

        /// The answers of a campaign template, its comments lightly edited: one sentence may be dropped,
        /// and a few words added at the start or the end, as people do when they paste model answers.
        private mutating func copyCampaign(into fields: inout [String], row: inout Row) {
            let q = SyntheticExport.questionnaire
            let number = random.below(SyntheticExport.campaignTemplates.count)
            let template = SyntheticExport.campaignTemplates[number]
            campaignCounts[number] += 1
            for (index, question) in q.scaledQuestions.enumerated() {
                let (cell, answer) = template.answers[index]
                fields[7 + index] = cell
                row.answers[question.id] = answer
            }
            let dropped = random.chance(0.3) ? random.below(SyntheticExport.commentQuestions.count) : -1
            for (index, question) in SyntheticExport.commentQuestions.enumerated() {
                var sentences = template.comments[index]
                if index == dropped, sentences.count > 1 { sentences.removeLast() }
                for sentence in sentences {
                    guard let theme = SyntheticExport.themeSentences.first(where: { $0.text == sentence })?.theme
                    else { continue }
                    let id = q.themes[theme].id
                    row.themes.insert(id)
                    row.themeQuestions.insert([id, question])
                }
                var text = sentences.joined(separator: " ")
                if index == 0, random.chance(0.3) { text = "As a local resident: " + text }
                if index == SyntheticExport.commentQuestions.count - 1, random.chance(0.4) { text += " Thank you." }
                fields[12 + index] = text
            }
        }

        /// A submission date: UK form with a time (as survey tools write it) or ISO; a few are late, and a
        /// very few impossible. An organisation's later row is never dated before its earlier one.
        private mutating func date(for row: inout Row, after earlier: Day?, isPublic: Bool) -> String {
            if isPublic, random.chance(0.001) {
                key.rejectedCells += 1
                return "31/02/2021"
            }
            let start = Day(year: 2020, month: 11, day: 20) ?? Day(year: 2021, month: 1, day: 1)
            let offset = random.chance(0.08) ? 46 + random.below(4) : random.below(46)
            var day = Self.day(start, plus: offset)
            if let earlier, let current = day, current < earlier { day = earlier }
            row.day = day
            guard let day else { return "" }
            func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
            if random.chance(0.7) {
                return
                    "\(pad(day.day))/\(pad(day.month))/\(day.year) \(pad(9 + random.below(9))):\(pad(random.below(60)))"
            }
            return day.description
        }

        private static func day(_ start: Day?, plus days: Int) -> Day? {
            guard var day = start else { return nil }
            for _ in 0..<days {
                if let next = Day(year: day.year, month: day.month, day: day.day + 1) {
                    day = next
                } else if let next = Day(year: day.year, month: day.month + 1, day: 1) {
                    day = next
                } else if let next = Day(year: day.year + 1, month: 1, day: 1) {
                    day = next
                }
            }
            return day
        }

        /// Three to five sentences, some raising themes, or nothing at all.
        private mutating func comment(question: String, into row: inout Row) -> String {
            guard random.chance(0.78) else { return "" }
            var sentences: [String] = []
            for _ in 0..<(3 + random.below(3)) {
                if random.chance(0.35) {
                    let sentence = random.pick(SyntheticExport.themeSentences)
                    let theme = SyntheticExport.questionnaire.themes[sentence.theme].id
                    row.themes.insert(theme)
                    row.themeQuestions.insert([theme, question])
                    sentences.append(sentence.text)
                } else {
                    sentences.append(random.pick(SyntheticExport.neutralSentences))
                }
            }
            return sentences.joined(separator: " ")
        }

        private mutating func count(_ row: Row) {
            let q = SyntheticExport.questionnaire
            key.respondents += 1
            key.byType[row.type, default: 0] += 1
            key.byPlace[row.place ?? "unspecified", default: 0] += 1
            if let day = row.day, let deadline = q.feedbackDeadline, day > deadline { key.late += 1 }
            for question in q.scaledQuestions {
                guard let answer = row.answers[question.id] else {
                    key.unanswered[question.id, default: 0] += 1
                    continue
                }
                key.counts[question.id, default: [:]][answer, default: 0] += 1
                if let side = q.options(for: question).first(where: { $0.id == answer })?.side,
                    side != ScaleOption.noSide
                {
                    sideWeights[question.id, default: [:]][side, default: 0] +=
                        q.stakeholderType(id: row.type)?.weight ?? 1
                }
            }
            for theme in row.themes { key.themes[theme, default: 0] += 1 }
            for pair in row.themeQuestions { key.themeQuestions[pair[0], default: [:]][pair[1], default: 0] += 1 }
        }

        private mutating func append(_ fields: [String]) {
            for (index, field) in fields.enumerated() {
                if index > 0 { csv.append(UInt8(ascii: ",")) }
                if field.utf8.contains(where: {
                    $0 == .comma || $0 == .quote || $0 == .lineFeed || $0 == .carriageReturn
                }) {
                    csv.append(.quote)
                    for byte in field.utf8 {
                        if byte == .quote { csv.append(.quote) }
                        csv.append(byte)
                    }
                    csv.append(.quote)
                } else {
                    csv.append(contentsOf: field.utf8)
                }
            }
            csv.append(contentsOf: [.carriageReturn, .lineFeed])
        }
    }

    /// A small, fast pseudo-random generator with a fixed sequence for each seed (SplitMix64).
    struct SplitMix64 {
        private var state: UInt64

        init(seed: UInt64) { state = seed }

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }

        /// A whole number in `0..<bound`.
        mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

        /// True with probability `p`.
        mutating func chance(_ p: Double) -> Bool { Double(next() >> 11) / Double(1 << 53) < p }

        mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

        /// An index into `weights`, each chosen in proportion to its weight.
        mutating func index(weighted weights: [Double]) -> Int {
            var point = Double(next() >> 11) / Double(1 << 53) * weights.reduce(0, +)
            for (index, weight) in weights.enumerated() {
                if point < weight { return index }
                point -= weight
            }
            return weights.count - 1
        }

        mutating func pick(weighted items: [(String, Double)]) -> String {
            items[index(weighted: items.map(\.1))].0
        }
    }
}
