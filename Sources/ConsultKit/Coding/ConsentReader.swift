/// Reads whether a letter's writer agreed to be named and quoted: a form's "May we publish your response?" item, or
/// a letter that asks not to be published ("Please do not publish my name", "not for publication").
///
/// Only a refusal or a request for anonymity is read; a letter that says nothing is published as before, and an
/// officer confirms whatever was read, since it decides whether the response may be quoted.
enum ConsentReader {
    /// What the letter says about publication, or `nil` when it says nothing that limits it.
    static func publication(fields: [LetterParts.Field], text: String) -> Publication? {
        for field in fields where isConsentItem(field.key) {
            guard let answer = FormAnswer.ticked(field.value).map(Words.init) else { continue }
            if answer.containsAny(anonymousAnswers) { return .anonymous }
            if answer.tokens.first == "no" || answer.containsAny(refusals) { return .no }
            if answer.tokens.first == "yes" { return nil }
        }
        // Only a sentence about the letter itself: "NHS England should not publish league tables" refuses nothing.
        // Nor one about contact details: "Contact details (will not be published)".
        let sentences = LetterSentence.split(text).map(Words.init).filter {
            $0.containsAny(subjects) && !$0.containsAny(contactDetails)
        }
        if sentences.contains(where: { $0.containsAny(anonymousRequests) }) { return .anonymous }
        if sentences.contains(where: { $0.containsAny(refusals) }) { return .no }
        return nil
    }

    /// What a request about publication is about.
    private static let subjects: [Phrase] = [
        "response", "letter", "submission", "name", "comments", "views", "reply", "this",
    ]

    private static let contactDetails: [Phrase] = [
        "contact", "details", "address", "telephone", "phone", "e-mail", "email",
    ]

    /// Whether a form's item asks for consent to publish: "May we publish your response?", "Can we quote you?".
    static func isConsentItem(_ key: String) -> Bool {
        let words = Words(key)
        return words.tokens.contains { ["publish", "published", "quote", "quoted", "publication"].contains($0) }
    }

    private static let anonymousAnswers: [Phrase] = ["anonymously", "anonymous", "without my name", "without our name"]

    private static let anonymousRequests: [Phrase] = [
        "publish it anonymously", "published anonymously", "publish this anonymously",
        "publish my response anonymously",
        "do not publish my name", "not publish my name", "not to publish my name", "withhold my name",
        "without my name",
        "not use my name", "not be named", "my name not be", "my name is not published", "name to be withheld",
        "do not name me",
    ]

    private static let refusals: [Phrase] = [
        "not for publication", "do not publish", "not to be published", "not be published",
        "not wish it to be published",
        "not wish this response to be published", "not wish our response to be published",
        "treat this response as confidential", "treat this letter as confidential", "please keep this confidential",
    ]
}
