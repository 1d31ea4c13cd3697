import Foundation

/// The plain text to paste into the consultation's online form.
extension Composer {
    /// For each question in order: the question, the proposed answer and the answer text, cut to the
    /// question's limit. Each cut is reported as a warning.
    public func submissionText(file: String = "submission.txt") -> (text: String, warnings: [Diagnostic]) {
        var out = "\(title)\nDraft for sign-off. Text to paste into the online consultation form"
        if let deadline = questionnaire.submissionDeadline { out += " by \(deadline.longDescription)" }
        out += ".\n"
        var warnings: [Diagnostic] = []
        for question in questionnaire.questions {
            out += "\n" + String(repeating: "=", count: 60) + "\n"
            out += "\(question.label). \(question.text)\n\n"
            if question.scale != nil {
                out +=
                    "Proposed answer: \(proposal(for: question).label ?? "none yet; the programme office needs to decide")\n\n"
            }
            let full = answerText(for: question)
            var text = full
            if let limit = question.limit {
                let cut = LimitCutter.cut(full, limit: limit)
                text = cut.text
                if cut.wasCut {
                    warnings.append(
                        .warning(
                            "\(question.id): the answer text has \(cut.originalLength) characters, more than the form's limit of \(limit); it was cut to \(cut.text.count) characters at a sentence boundary, leaving out \(Grammar.count(cut.sentencesRemoved, "sentence"))",
                            file: file))
                }
                out += "Answer text (\(text.count) of \(limit) characters):\n\n"
            } else {
                out += "Answer text:\n\n"
            }
            out += (text.isEmpty ? "(nothing to add)" : text) + "\n"
        }
        return (out, warnings)
    }

    /// The answer text for one question: the programme office's words, or a drafted paragraph.
    func answerText(for question: Question) -> String {
        if let text = editorial?.sections[question.id]?.text, !text.isEmpty { return text }
        var sentences: [String] = []
        if question.scale != nil {
            if let label = proposal(for: question).label { sentences.append("We \(answerVerb(label, question)).") }
            sentences.append(positionSentence(question))
        }
        let groups = themeGroups(for: question)
        let top = groups.prefix(4).compactMap {
            questionnaire.theme(id: $0.theme)?.label.lowercasedFirstWordUnlessAcronym()
        }
        if !top.isEmpty { sentences.append("The concerns raised most often were \(Grammar.list(top)).") }
        var quoted: Set<String> = []
        // A campaign's wording is quoted once in an answer, however many of its members raised themes.
        var campaignsQuoted: Set<Int> = []
        for group in groups.prefix(4) {
            guard let theme = questionnaire.theme(id: group.theme) else { continue }
            let pool = self.groups.pool
            let quotable = group.cohort.members.lazy.map { pool[Int($0)] }.first { record in
                record.attribution(typeLabel: typeLabel(record.response.type)) != nil
                    && record.campaign.map(campaignsQuoted.contains) != true
                    && record.mentions.contains {
                        $0.theme == group.theme && $0.question == question.id && $0.sentence != nil
                    }
            }
            guard let record = quotable, let who = record.attribution(typeLabel: typeLabel(record.response.type)),
                let sentence = record.mentions.first(where: { $0.theme == group.theme && $0.question == question.id })?
                    .sentence
            else { continue }
            guard quoted.insert(sentence).inserted else { continue }
            if let campaign = record.campaign { campaignsQuoted.insert(campaign) }
            sentences.append(
                "On \(theme.label.lowercasedFirstWordUnlessAcronym()), \(who) said: \"\(shorten(Redaction.redact(sentence), limit: 300))\""
            )
        }
        return sentences.joined(separator: " ")
    }

    private func answerVerb(_ label: String, _ question: Question) -> String {
        let lower = label.lowercased()
        if lower == "agree" || lower == "disagree" || lower == "strongly agree" || lower == "strongly disagree" {
            return lower
        }
        return "prefer \(label)"
    }
}
