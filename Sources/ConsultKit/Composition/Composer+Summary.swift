import Foundation

/// The opening sections: the summary of proposed answers and how views were gathered.
extension Composer {
    func summaryBlocks() -> [Block] {
        var blocks: [Block] = [.heading(level: 1, text: "Summary")]
        if let text = editorial?.summary {
            blocks += Self.blocks(fromEditorial: text)
        } else {
            var items: [[Inline]] = []
            for question in questionnaire.scaledQuestions {
                let proposal = proposal(for: question)
                let answer =
                    proposal.label.map { "We propose to answer \"\($0)\"." }
                    ?? "We do not propose an answer yet; the programme office needs to decide."
                items.append([.bold(question.heading + ". "), .text(answer + " " + positionSentence(question))])
            }
            blocks.append(.drafted(note: draftNote(summary.respondents), content: [.bullets(items)]))
        }
        let rows = questionnaire.scaledQuestions.map { question -> [String] in
            let proposal = proposal(for: question)
            let strength = questionSummary(question.id).map { Self.strengthWords($0.strength) } ?? ""
            return [
                question.heading, proposal.label ?? "To be decided",
                proposal.isEditorial ? "Programme office" : strength,
            ]
        }
        blocks.append(
            .table(
                Table(caption: "Proposed answers", header: ["Question", "Proposed answer", "Basis"], rows: rows)))
        return blocks
    }

    /// The strength of a position in words, for tables.
    static func strengthWords(_ strength: PositionRule.Strength) -> String {
        switch strength {
        case .consensus: "A clear consensus"
        case .majority: "A majority"
        case .divided: "Respondents are divided"
        case .none: "No answers yet"
        }
    }

    func gatheringBlocks() -> [Block] {
        var blocks: [Block] = [.heading(level: 1, text: "How we gathered views")]
        var text = ""
        if let published = questionnaire.published {
            text += "\(questionnaire.publisher) published the consultation on \(published.longDescription). "
        }
        if let deadline = questionnaire.feedbackDeadline {
            text += "Partners were asked to send their views by \(deadline.longDescription)"
            if let submission = questionnaire.submissionDeadline {
                text += ", ahead of the consultation's closing date of \(submission.longDescription)"
            }
            text += ". "
        }
        let organisations = groups.organisations
        let publicCount = groups.members
        text += "We received views from \(Grammar.count(organisations, "organisation"))"
        if publicCount > 0 { text += " and \(Grammar.count(publicCount, "member", "members")) of the public" }
        text += "; every response counted is listed in \(annexListsEveryone ? "Annex A" : "respondents.csv")."
        blocks.append(.paragraph([.text(text)]))
        let typeRows = questionnaire.stakeholderTypes.compactMap { type -> [String]? in
            guard let n = summary.byType[type.id], n > 0 else { return nil }
            return [type.label, String(n)]
        }
        blocks.append(
            .table(
                Table(
                    caption: "Respondents by stakeholder type", header: ["Stakeholder type", "Respondents"],
                    rows: typeRows + [["Total", String(summary.respondents)]], numericColumns: [1])))
        let places = questionnaire.places.map { ($0.id, $0.label) } + [("unspecified", "No single place")]
        let placeRows = places.compactMap { id, label -> [String]? in
            guard let n = summary.byPlace[id], n > 0 else { return nil }
            return [label, String(n)]
        }
        if summary.selection.place == nil {
            blocks.append(
                .table(
                    Table(
                        caption: "Respondents by place", header: ["Place", "Respondents"],
                        rows: placeRows + [["Total", String(summary.respondents)]], numericColumns: [1])))
        }
        var notes: [[Inline]] = []
        let late = groups.late
        if !late.isEmpty {
            notes.append([
                .text(
                    "\(Grammar.capitalised(Grammar.count(late.count, "response"))) arrived after the deadline and \(late.count == 1 ? "is" : "are") included: \(namesWithOthers(late))."
                )
            ])
        }
        if !analysis.superseded.isEmpty {
            let names = Set(
                analysis.superseded.compactMap { Record(response: $0.by, late: false, mentions: []).publicName })
            let count = analysis.superseded.count
            var sentence =
                "\(Grammar.capitalised(Grammar.count(count, "earlier response"))) \(count == 1 ? "was" : "were") replaced by a later submission from the same organisation; only the latest counts"
            sentence += names.isEmpty ? "." : " (\(Grammar.list(names.sorted())))."
            notes.append([.text(sentence)])
        }
        if !missing.isEmpty {
            notes.append([
                .text(
                    "We have not yet heard from \(Grammar.list(missing)), \(missing.count == 1 ? "who was" : "who were") asked for views."
                )
            ])
        }
        for campaign in campaigns {
            notes.append([
                .text(
                    "\(Grammar.capitalised(Grammar.count(campaign.size, "response"))) used the wording of a single campaign. They are counted one each and reported together in the method note."
                )
            ])
        }
        if !notes.isEmpty { blocks.append(.bullets(notes)) }
        return blocks
    }

    /// Editorial Markdown as blocks: paragraphs, and `- ` lines as bullets.
    static func blocks(fromEditorial text: String) -> [Block] {
        var blocks: [Block] = []
        for paragraph in text.components(separatedBy: "\n\n") {
            let lines = paragraph.split(separator: "\n").map { String($0).trimmingSpaces() }
            if !lines.isEmpty, lines.allSatisfy({ $0.hasPrefix("- ") || $0.hasPrefix("* ") }) {
                blocks.append(.bullets(lines.map { [.text(String($0.dropFirst(2)))] }))
            } else {
                blocks.append(.paragraph([.text(lines.joined(separator: " "))]))
            }
        }
        return blocks
    }
}
