extension Crowd {
    /// Positions worked out once from the questionnaire: questions, options and sides by index, and the
    /// numbering of the groups that keep samples.
    struct Layout: Sendable {
        /// The number of questions with an answer scale.
        let scaled: Int
        /// For each question (by position), its position among the scaled questions.
        let scaledIndex: [Int?]
        /// For each scaled question, its options' positions by id.
        let optionIndex: [[String: Int]]
        /// For each scaled question, the sides of its options (including `none`), in scale order.
        let sides: [[String]]
        /// For each scaled question, the position in `sides` of each option's side.
        let optionSide: [[Int]]
        let themeIndex: [String: Int]
        let placeIndex: [String: Int]
        private let sideBase: [Int]
        private let themeBase: Int
        private let commentingBase: Int
        private let conditionalBase: Int
        private let themeCount: Int
        /// The number of sampled groups.
        let groupCount: Int

        init(questionnaire q: Questionnaire) {
            var scaledIndex: [Int?] = []
            var optionIndex: [[String: Int]] = []
            var sides: [[String]] = []
            var optionSide: [[Int]] = []
            var sideBase: [Int] = []
            var next = 0
            for question in q.questions {
                guard question.scale != nil else {
                    scaledIndex.append(nil)
                    continue
                }
                scaledIndex.append(optionIndex.count)
                let options = q.options(for: question)
                optionIndex.append(
                    Dictionary(options.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first }))
                var own: [String] = []
                for option in options where !own.contains(option.side) { own.append(option.side) }
                sides.append(own)
                optionSide.append(options.map { option in own.firstIndex(of: option.side) ?? 0 })
                sideBase.append(next)
                next += own.count
            }
            self.scaled = optionIndex.count
            self.scaledIndex = scaledIndex
            self.optionIndex = optionIndex
            self.sides = sides
            self.optionSide = optionSide
            self.sideBase = sideBase
            themeIndex = Dictionary(q.themes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
            placeIndex = Dictionary(q.places.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
            themeCount = q.themes.count
            themeBase = next
            commentingBase = themeBase + q.questions.count * q.themes.count
            conditionalBase = commentingBase + q.questions.count
            groupCount = conditionalBase + optionIndex.count
        }

        /// The group of respondents whose answer to a scaled question falls on a side, listed by type then name.
        func side(_ side: Int, question scaled: Int) -> Int { sideBase[scaled] + side }
        /// The group who raised a theme in a question (by position among all questions).
        func theme(_ theme: Int, question: Int) -> Int { themeBase + question * themeCount + theme }
        /// The group whose answer to a question (by position) has text.
        func commenting(_ question: Int) -> Int { commentingBase + question }
        /// The group who answered a scaled question on conditions.
        func conditional(_ scaled: Int) -> Int { conditionalBase + scaled }
        /// Whether a group is listed by type then name rather than in the analysis's order.
        func isSide(_ group: Int) -> Bool { group < themeBase }
    }

    /// The first respondents of one group and place, in the order documents list them.
    struct Sample: Sendable {
        /// Where a respondent comes in a list: by name (or the name's match key), then file, then row.
        struct Order: Sendable, Comparable {
            var first: String
            var second: String
            var source: String
            var row: Int

            init(first: String, second: String, source: String, row: Int) {
                self.first = first
                self.second = second
                self.source = source
                self.row = row
            }

            /// The order of ``Analysis/records``: by name, ignoring case, then file and row.
            init(listed response: Response) {
                first = response.respondent.matchKey
                second = ""
                source = response.source
                row = response.row ?? 0
            }

            /// The order of the respondents on one side of a question, within one stakeholder type.
            init(bySide response: Response) {
                first = response.respondent
                second = response.respondent.matchKey
                source = response.source
                row = response.row ?? 0
            }

            /// As the tuples `(first, second, source, row)` compare, field by field without building them.
            static func < (a: Order, b: Order) -> Bool {
                if a.first != b.first { return a.first < b.first }
                if a.second != b.second { return a.second < b.second }
                if a.source != b.source { return a.source < b.source }
                return a.row < b.row
            }
        }

        struct Entry: Sendable {
            var order: Order
            var index: Int
        }

        /// Sorted by order; at most the sample size. (Where a respondent must come to enter is kept by the
        /// crowd, as a ``Crowd/Bound``.)
        private(set) var entries: [Entry] = []

        /// Entries already in order, as a sample of at most the sample size.
        init(sorted entries: [Entry] = []) {
            self.entries = entries
        }

        /// Keeps the first `capacity` of this sample's entries and `incoming`, in order.
        mutating func merge(_ incoming: [Entry], capacity: Int) {
            entries = Array((entries + incoming).sorted { $0.order < $1.order }.prefix(capacity))
        }

        /// Inserts a respondent, returning the one that no longer fits.
        mutating func insert(_ entry: Entry, capacity: Int) -> Int? {
            let position = entries.firstIndex { entry.order < $0.order } ?? entries.count
            entries.insert(entry, at: position)
            guard entries.count > capacity else { return nil }
            return entries.removeLast().index
        }
    }
}
