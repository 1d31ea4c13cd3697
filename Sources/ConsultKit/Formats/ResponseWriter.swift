import Foundation

/// Writes a response in the canonical Markdown form that `consult init` and `consult code` produce
/// and every reader accepts.
public enum ResponseWriter {
    /// The response as a Markdown file.
    ///
    /// - Parameters:
    ///   - response: the respondent and any answers already known (inferred answers carry their evidence).
    ///   - questionnaire: gives the sections, in order, with each question's text and allowed answers as comments.
    ///   - guessed: front-matter fields that were guessed and should be checked, noted in a comment.
    public static func markdown(_ response: Response, questionnaire: Questionnaire, guessed: [String] = []) -> String {
        var out = "---\n"
        out += "respondent: \(oneLine(response.respondent))\n"
        out += "type: \(response.type)\n"
        out += "place: \(response.place.flatMap { questionnaire.place(id: $0)?.label } ?? "")\n"
        out += "submitted: \(response.submitted?.description ?? "")\n"
        out += "contact: \(oneLine(response.contact ?? ""))\n"
        out += "publish: \(response.publish.rawValue)\n"
        out += "questionnaire: \(questionnaire.id)\n"
        out += "---\n\n"
        out += "<!-- A response to \"\(comment(questionnaire.title))\".\n"
        out += "     Under each question, give one of the allowed answers after 'answer:' (or leave it empty),\n"
        out += "     list any concerns by theme id after 'concerns:', then write your reasons as paragraphs.\n"
        out += "     publish: yes (name and quote us), anonymous (quote without naming us) or no (count only). -->\n"
        if !guessed.isEmpty {
            out += "<!-- Guessed from the letter, please check: \(guessed.joined(separator: ", ")). -->\n"
        }
        for question in questionnaire.questions {
            out += "\n## \(question.id)\n"
            out += "<!-- \(question.label). \(comment(question.text))"
            let options = questionnaire.options(for: question)
            if !options.isEmpty { out += "\n     Answers: \(options.map(\.id).joined(separator: ", "))" }
            if let limit = question.limit { out += "\n     The online form takes up to \(limit) characters." }
            out += " -->\n"
            let answer = response.answers[question.id]
            if !options.isEmpty {
                out += "answer: \(answer?.choice ?? answer?.unrecognised ?? "")\n"
                if answer?.conditional == true { out += "conditional: yes\n" }
                if answer?.inferred == true {
                    out += "inferred: yes\n"
                    if let confidence = answer?.confidence { out += "confidence: \(confidence.rawValue)\n" }
                }
                for sentence in answer?.evidence ?? [] { out += "evidence: \"\(oneLine(sentence))\"\n" }
            }
            out += "concerns: \((answer?.concerns ?? []).joined(separator: ", "))\n"
            if let text = answer?.text, !text.isEmpty { out += "\n\(text)\n" }
        }
        return out
    }

    /// A file name for a respondent: lower-case letters, digits and hyphens, at most 60 characters.
    public static func slug(_ name: String) -> String {
        var slug = ""
        for scalar in name.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty, !slug.hasSuffix("-") {
                slug += "-"
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        if slug.count > 60 {
            slug = String(slug.prefix(60))
            while slug.hasSuffix("-") { slug.removeLast() }
        }
        return slug.isEmpty ? "response" : slug
    }

    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingSpaces()
    }

    private static func comment(_ text: String) -> String {
        oneLine(text).replacingOccurrences(of: "--", with: "–")
    }
}
