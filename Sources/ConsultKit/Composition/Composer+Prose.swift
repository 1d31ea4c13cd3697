/// The sentences that describe positions, shared by the summary and each question's section.
extension Composer {
    /// The answer the system proposes for a question.
    struct Proposal {
        /// The answer's label ("Agree", "Option 2"), or `nil` when none can be proposed.
        var label: String?
        /// The scale option id proposed.
        var option: String?
        /// Whether the programme office set it in the editorial file.
        var isEditorial: Bool
    }

    /// The proposed answer: the editorial answer if given, else the most chosen answer on the leading side.
    func proposal(for question: Question) -> Proposal {
        let options = questionnaire.options(for: question)
        if let chosen = editorial?.sections[question.id]?.answer, let option = options.first(where: { $0.id == chosen })
        {
            return Proposal(label: option.shortLabel, option: option.id, isEditorial: true)
        }
        guard let figures = questionSummary(question.id),
            figures.strength == .majority || figures.strength == .consensus
        else { return Proposal(label: nil, option: nil, isEditorial: false) }
        let onSide = options.filter { $0.side == figures.position }
        let best = onSide.max { (figures.counts[$0.id] ?? 0) < (figures.counts[$1.id] ?? 0) }
        return Proposal(label: best?.shortLabel, option: best?.id, isEditorial: false)
    }

    /// Respondents per side, in scale order, leaving out side `none`.
    func sideCounts(_ question: Question) -> [(side: String, count: Int)] {
        let options = questionnaire.options(for: question)
        guard let figures = questionSummary(question.id) else { return [] }
        return SummaryBuilder.sides(of: options).map { side in
            (side, options.filter { $0.side == side }.reduce(0) { $0 + (figures.counts[$1.id] ?? 0) })
        }
    }

    /// One or two plain sentences on where respondents stand, with the strength in words.
    func positionSentence(_ question: Question) -> String {
        guard let figures = questionSummary(question.id) else { return "" }
        let counts = sideCounts(question)
        let total = counts.reduce(0) { $0 + $1.count }
        switch figures.strength {
        case .none:
            return "No respondent has answered this question yet."
        case .divided:
            let parts = counts.filter { $0.count > 0 }.sorted { $0.count > $1.count }.map {
                "\(Grammar.number($0.count)) \(verb(side: $0.side, question, plural: $0.count != 1))"
            }
            return "Respondents are divided: \(Grammar.list(parts))."
        case .consensus, .majority:
            let leading = counts.first { $0.side == figures.position }?.count ?? 0
            let others = counts.filter { $0.side != figures.position && $0.count > 0 }
            let otherCount = total - leading
            var sentence =
                figures.strength == .consensus
                ? "There is a clear consensus: \(leading) of the \(total) respondents who took a view \(verb(side: figures.position, question, plural: leading != 1))"
                : "A majority of respondents \(verb(side: figures.position, question, plural: true))"
            if figures.strength == .majority || otherCount > 0 {
                if figures.strength == .consensus {
                    sentence += ", with \(Grammar.number(otherCount)) \(otherPhrase(others, question))"
                } else {
                    sentence += ", with \(otherCount) of \(total) respondents \(otherPhrase(others, question))"
                }
            }
            return sentence + "."
        }
    }

    /// What the respondents on the other sides did: "disagreeing", "preferring Option 1", "taking another view".
    private func otherPhrase(_ others: [(side: String, count: Int)], _ question: Question) -> String {
        guard others.count == 1, let side = others.first?.side else { return "taking another view" }
        switch side {
        case "agree": return "agreeing"
        case "disagree": return "disagreeing"
        case "neutral": return "neither agreeing nor disagreeing"
        default: return "preferring \(sideLabel(side, question))"
        }
    }

    /// "agree"/"agrees", "prefer Option 1"/"prefers Option 1".
    func verb(side: String, _ question: Question, plural: Bool) -> String {
        switch side {
        case "agree": return plural ? "agree" : "agrees"
        case "disagree": return plural ? "disagree" : "disagrees"
        case "neutral": return plural ? "neither agree nor disagree" : "neither agrees nor disagrees"
        default: return (plural ? "prefer " : "prefers ") + sideLabel(side, question)
        }
    }

    /// A side's name in running text: "Option 1", "neither option".
    func sideLabel(_ side: String, _ question: Question) -> String {
        let options = questionnaire.options(for: question)
        let label = options.first { $0.id == side }?.shortLabel ?? options.first { $0.side == side }?.shortLabel ?? side
        return label.hasPrefix("Option") ? label : label.lowercasedFirstWordUnlessAcronym()
    }

    /// The most organisations named in one list; the rest are counted, so a national export stays readable.
    static let namedLimit = 20

    /// The named organisations plus a count of the rest: "A, B and two other respondents".
    func namesWithOthers(_ cohort: Cohort) -> String {
        let pool = groups.pool
        let names = cohort.members.lazy.compactMap { pool[Int($0)].publicName }.prefix(Self.namedLimit)
        let others = cohort.count - names.count
        var parts = Array(names)
        if others > 0 { parts.append("\(Grammar.number(others)) other \(others == 1 ? "respondent" : "respondents")") }
        return Grammar.list(parts)
    }

    /// The sentence of a text that best states the respondent's view, shortened to about `limit`
    /// characters at a word boundary and redacted.
    ///
    /// Sentences that give a reason ("because", "so that") or state a view ("we agree", "prefer") win over
    /// scene-setting; among equals, the earlier sentence wins.
    func excerpt(_ text: String, limit: Int = 280) -> String? {
        let sentences = Sentences.split(text)
        guard !sentences.isEmpty else { return nil }
        let best = sentences.enumerated().max { a, b in
            let (sa, sb) = (Self.reasonScore(a.element), Self.reasonScore(b.element))
            return sa != sb ? sa < sb : a.offset > b.offset
        }
        return best.map { shorten(Redaction.redact($0.element), limit: limit) }
    }

    static func reasonScore(_ sentence: String) -> Int {
        let lower = sentence.lowercased()
        var score = 0
        for cue in ["because", "which is why", "in order to", "means that", "will help", "would help"]
        where lower.contains(cue) {
            score += 3
        }
        for cue in ["agree", "support", "prefer", "favour", "welcome", "oppose", "object", "concern", "risk"]
        where lower.contains(cue) {
            score += 2
        }
        if sentence.count < 30 { score -= 3 }
        if sentence.count > 320 { score -= 2 }
        if lower.contains("this response") || lower.hasPrefix("thank") || lower.contains("we ask") { score -= 4 }
        return score
    }

    /// Text cut to `limit` characters at a word boundary, with an ellipsis when cut.
    func shorten(_ text: String, limit: Int) -> String {
        text.shortened(to: limit)
    }

    /// A note for drafted text: "Drafted by consult from 12 responses; edit or replace before sign-off."
    func draftNote(_ count: Int) -> String {
        "Drafted by consult from \(Grammar.count(count, "response")); edit or replace before sign-off."
    }
}
