/// One section per agreement question: proposed answer, tally, reasons, concerns and dissent.
extension Composer {
    func questionBlocks(for question: Question) -> [Block] {
        var blocks = opening(for: question)
        blocks += [.heading(level: 2, text: "What respondents said")] + tallyBlocks(for: question)
        var evidence: [Block] = []
        let leading = questionSummary(question.id).flatMap {
            $0.strength == .divided || $0.strength == .none ? nil : $0.position
        }
        if let leading {
            let supporters = onSide(leading, question)
            let bullets = reasonBullets(supporters, question)
            if !bullets.isEmpty {
                evidence += [.heading(level: 2, text: "Reasons given in support"), .bullets(bullets)]
            }
        }
        evidence += concernBlocks(for: question)
        evidence += conditionBlocks(for: question)
        evidence += dissentBlocks(for: question, leading: leading)
        if !evidence.isEmpty { blocks.append(.drafted(note: draftNote(answered(question)), content: evidence)) }
        return blocks
    }

    /// Heading, question text, proposed answer and the prose (editorial or drafted).
    func opening(for question: Question) -> [Block] {
        var blocks: [Block] = [.heading(level: 1, text: question.heading), .paragraph([.italic(question.text)])]
        let proposal = proposal(for: question)
        var answer: [Inline] = [.bold("Proposed answer: ")]
        if let label = proposal.label {
            answer.append(.text(label + (proposal.isEditorial ? " (agreed by the programme office)" : "")))
        } else {
            answer.append(.text("none yet; the programme office needs to decide"))
        }
        blocks.append(.paragraph(answer))
        if let text = editorial?.sections[question.id]?.text, !text.isEmpty {
            blocks += Self.blocks(fromEditorial: text)
        } else {
            var prose = positionSentence(question)
            let top = themeGroups(for: question).prefix(3).compactMap { questionnaire.theme(id: $0.theme)?.label }
            if !top.isEmpty {
                prose +=
                    " The concerns raised most often were \(Grammar.list(top.map { $0.lowercasedFirstWordUnlessAcronym() }))."
            }
            blocks.append(.drafted(note: draftNote(answered(question)), content: [.paragraph([.text(prose)])]))
        }
        return blocks
    }

    /// The tally table, the weighted shares and the chart.
    func tallyBlocks(for question: Question) -> [Block] {
        guard let figures = questionSummary(question.id) else { return [] }
        let options = questionnaire.options(for: question)
        let conditional = options.map { groups.conditionalByOption[question.id]?[$0.id] ?? 0 }
        let showConditions = conditional.contains { $0 > 0 }
        var header = ["Answer", "Respondents"]
        if showConditions { header.append("Of which with conditions") }
        var rows: [[String]] = []
        for (index, option) in options.enumerated() {
            var row = [option.shortLabel, String(figures.counts[option.id] ?? 0)]
            if showConditions { row.append(String(conditional[index])) }
            rows.append(row)
        }
        if let unrecognised = figures.counts[SummaryBuilder.unrecognised] {
            rows.append(["Answer not recognised", String(unrecognised)] + (showConditions ? [""] : []))
        }
        rows.append(["No answer", String(figures.unanswered)] + (showConditions ? [""] : []))
        var blocks: [Block] = [
            .table(
                Table(
                    caption: "Answers to \(question.label)", header: header, rows: rows,
                    numericColumns: showConditions ? [1, 2] : [1]))
        ]
        let sides = SummaryBuilder.sides(of: options)
        if !figures.shares.isEmpty {
            blocks.append(
                .table(
                    Table(
                        caption: "Weighted shares for \(question.label) (see the method note)",
                        header: ["View", "Share"],
                        rows: sides.map {
                            [Grammar.capitalised(sideLabel($0, question)), percent(figures.shares[$0] ?? 0)]
                        },
                        numericColumns: [1])))
        }
        let described = options.map {
            "\(figures.counts[$0.id] ?? 0) \($0.shortLabel.lowercasedFirstWordUnlessAcronym())"
        }
        let from = Grammar.count(summary.respondents, "respondent")
        blocks.append(
            .chart(
                Chart(
                    title: "Answers to \(question.label)",
                    altText:
                        "Bar chart of the answers to \(question.label) from \(from): \(Grammar.list(described)); \(figures.unanswered) gave no answer.",
                    series: options.map(\.shortLabel),
                    bars: [
                        Chart.Bar(label: "All respondents", values: options.map { Double(figures.counts[$0.id] ?? 0) })
                    ])))
        return blocks
    }

    /// Themes raised in one question's answers, most raised first, with who raised them.
    func themeGroups(for question: Question) -> [(theme: String, cohort: Cohort)] {
        groups.themeGroups[question.id] ?? []
    }

    /// Each theme with who raised it and up to three short quotes.
    func concernBlocks(for question: Question) -> [Block] {
        let groups = themeGroups(for: question)
        guard !groups.isEmpty else { return [] }
        let heading = question.scale == nil ? "Themes raised" : "Concerns and conditions"
        var blocks: [Block] = [.heading(level: 2, text: heading)]
        var quotedInSection: Set<String> = []
        // A campaign's wording is quoted once in a section, however many used it.
        var campaignsQuoted: Set<Int> = []
        // Many respondents raise a theme in the same words; each sentence is redacted once.
        var redacted: [String: String] = [:]
        for group in groups {
            guard let theme = questionnaire.theme(id: group.theme) else { continue }
            blocks.append(.paragraph([.bold(theme.label), .text(": raised by \(namesWithOthers(group.cohort)).")]))
            var used: Set<String> = []
            // Quotes come from the first respondents in the list; a bounded look keeps national exports fast.
            for member in group.cohort.members.prefix(Self.quoteCandidates) {
                guard used.count < 3 else { break }
                let record = self.groups.pool[Int(member)]
                let mention = record.mentions.first { $0.theme == group.theme && $0.question == question.id }
                guard let attribution = record.attribution(typeLabel: typeLabel(record.response.type)),
                    let sentence = mention?.sentence
                else { continue }
                let quote = redacted[sentence] ?? shorten(Redaction.redact(sentence), limit: 300)
                redacted[sentence] = quote
                guard !quotedInSection.contains(quote), record.campaign.map(campaignsQuoted.contains) != true else {
                    continue
                }
                if used.insert(quote).inserted {
                    quotedInSection.insert(quote)
                    if let campaign = record.campaign { campaignsQuoted.insert(campaign) }
                    let tag = campaignTag(record).map { ", \($0)" } ?? ""
                    blocks.append(.quote(text: quote, attribution: attribution + tag))
                }
            }
        }
        return blocks
    }

    /// The conditions respondents attached to their answers.
    func conditionBlocks(for question: Question) -> [Block] {
        guard let conditional = groups.conditional[question.id], !conditional.isEmpty else { return [] }
        var bullets: [[Inline]] = []
        var campaignsQuoted: Set<Int> = []
        for record in first(Self.conditionLimit, of: conditional) {
            guard let attribution = record.attribution(typeLabel: typeLabel(record.response.type)),
                let text = record.response.answers[question.id]?.text,
                Self.firstOfCampaign(record, &campaignsQuoted)
            else { continue }
            let sentence = Sentences.split(text).first { Self.conditionCue(in: $0) } ?? excerpt(text)
            if let sentence {
                bullets.append([
                    .bold(Grammar.capitalised(attribution) + ": "),
                    .text(shorten(Redaction.redact(sentence), limit: 300)),
                ])
            }
        }
        var blocks: [Block] = [
            .heading(level: 2, text: "Conditions attached"),
            .paragraph([
                .text(
                    "\(Grammar.capitalised(Grammar.count(conditional.count, "respondent"))) gave \(conditional.count == 1 ? "its" : "their") answer on conditions."
                )
            ]),
        ]
        if !bullets.isEmpty { blocks.append(.bullets(bullets)) }
        return blocks
    }

    /// How far down a theme's list of respondents to look for three different quotes.
    static let quoteCandidates = 200

    /// The most respondents whose conditions are quoted under one question.
    static let conditionLimit = 30

    /// Respondents who took a different view from the leading side, stated fairly and attributed;
    /// when respondents are divided, the views on each side.
    func dissentBlocks(for question: Question, leading: String?) -> [Block] {
        let sides = SummaryBuilder.sides(of: questionnaire.options(for: question))
        var blocks: [Block] = []
        if let leading {
            // Everyone with an answer on the scale but not on the leading side, "don't know" included.
            let others = (groups.onSide[question.id] ?? [:]).filter { $0.key != leading }.values
            let count = others.reduce(0) { $0 + $1.count }
            guard count > 0 else { return [] }
            blocks.append(.heading(level: 2, text: "Dissenting views"))
            var bullets: [[Inline]] = []
            for side in sides where side != leading {
                bullets += reasonBullets(onSide(side, question), question, label: sideLabel(side, question))
            }
            let unnamed = others.reduce(0) { $0 + $1.unquotable }
            var sentence = "\(Grammar.capitalised(Grammar.count(count, "respondent"))) took a different view."
            if unnamed > 0 {
                sentence +=
                    " \(Grammar.capitalised(Grammar.count(unnamed, "of them", "of them"))) asked not to be quoted."
            }
            blocks.append(.paragraph([.text(sentence)]))
            if !bullets.isEmpty { blocks.append(.bullets(bullets)) }
        } else {
            blocks.append(.heading(level: 2, text: "Views on each side"))
            for side in sides {
                let group = onSide(side, question)
                guard !group.isEmpty else { continue }
                blocks.append(
                    .paragraph([
                        .bold(
                            "\(Grammar.capitalised(sideLabel(side, question))): \(Grammar.count(group.count, "respondent"))"
                        )
                    ]))
                let bullets = reasonBullets(group, question)
                if !bullets.isEmpty { blocks.append(.bullets(bullets)) }
            }
        }
        return blocks
    }

    /// One bullet per quotable respondent among the first ten: who they are and the sentence that best
    /// states their view.
    func reasonBullets(_ group: Cohort, _ question: Question, label: String? = nil) -> [[Inline]] {
        var bullets: [[Inline]] = []
        var campaignsQuoted: Set<Int> = []
        for record in first(10, of: group) {
            guard let attribution = record.attribution(typeLabel: typeLabel(record.response.type)),
                let text = record.response.answers[question.id]?.text, let sentence = excerpt(text),
                Self.firstOfCampaign(record, &campaignsQuoted)
            else { continue }
            let notes = [label, campaignTag(record)].compactMap { $0 }
            let who = Grammar.capitalised(attribution) + (notes.isEmpty ? "" : " (\(notes.joined(separator: "; ")))")
            bullets.append([.bold(who + ": "), .text(sentence)])
        }
        return bullets
    }

    /// For a quote from a campaign response, which campaign it stands for: "one of 120 responses in a
    /// campaign's wording".
    func campaignTag(_ record: Record) -> String? {
        guard let number = record.campaign, number < campaigns.count else { return nil }
        return "one of \(Grammar.count(campaigns[number].size, "response")) in a campaign's wording"
    }

    /// Whether `record` may be quoted in a list that has quoted the campaigns in `quoted`: true for a
    /// response that used no campaign's wording, and for the first of each campaign, which it records.
    static func firstOfCampaign(_ record: Record, _ quoted: inout Set<Int>) -> Bool {
        guard let campaign = record.campaign else { return true }
        return quoted.insert(campaign).inserted
    }

    /// How many respondents answered the question (any answer, including side `none`).
    func answered(_ question: Question) -> Int {
        groups.answered[question.id] ?? 0
    }

    /// Respondents whose answer falls on `side`, ordered by stakeholder type then name.
    func onSide(_ side: String, _ question: Question) -> Cohort {
        groups.onSide[question.id]?[side] ?? Cohort()
    }

    func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }

    static func conditionCue(in sentence: String) -> Bool {
        let lower = sentence.lowercased()
        return [
            "provided", "subject to", "only if", "as long as", "on condition", "conditional", "so long as", "must ",
            "needs to", "need to",
        ]
        .contains { lower.contains($0) }
    }
}
