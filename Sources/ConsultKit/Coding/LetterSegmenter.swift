/// Puts each paragraph of a letter's body under one question of the questionnaire.
///
/// A paragraph goes where the letter says it goes: under a "Q1"/"Question 2" heading, under a heading
/// that quotes a question's text (online forms renumber questions, so the text wins over the number),
/// after "On the third question", or under a topic heading ("Membership"). Otherwise its words decide,
/// using each question's `cues`; a paragraph that fits no question goes to the free-text question
/// (other comments). Form items that describe the respondent (name, organisation) are set aside for
/// the guesser rather than put in any section.
struct LetterSegmenter: Sendable {
    let questionnaire: Questionnaire
    let cues: QuestionCues
    /// The section for passages that fit no question.
    let fallback: String
    /// The question asking which option is preferred, and the ways its options are named.
    let preference: (question: String, vocabulary: OptionVocabulary)?

    init(questionnaire: Questionnaire) {
        self.questionnaire = questionnaire
        cues = QuestionCues(questionnaire: questionnaire)
        fallback =
            questionnaire.questions.last(where: { $0.scale == nil })?.id ?? questionnaire.questions.last?.id
            ?? "comments"
        preference = OptionDetector(questionnaire: questionnaire).map { ($0.question.id, $0.vocabulary) }
    }

    /// The body's paragraphs in sections, the answers ticked on a form, and the form's "about you" items.
    func segment(_ blocks: [[String]]) -> Segmentation {
        var result = Segmentation()
        let references = blocks.compactMap { Self.reference(in: $0)?.reference }
        let renumbered = references.contains { reference in
            guard let matched = questionMatching(reference.rest) else { return false }
            return number(of: matched) != reference.number
        }
        var current: (question: String, explicit: Bool)?
        var awaitingAnswer: (question: String, heading: String)?
        var formField: String?
        for block in blocks {
            var lines = block
            // A rule ("-----") only separates a form's items, and a section's title in capitals ("YOUR VIEWS") over
            // a numbered item only heads it.
            while let first = lines.first,
                Self.isRule(first)
                    || (lines.count > 1 && Self.isSectionTitle(first)
                        && Self.reference(in: Array(lines.dropFirst())) != nil)
            {
                lines.removeFirst()
            }
            if lines.isEmpty { continue }
            // "Which option do you prefer?" with "Option 2" on the line under it: a form's own wording of the
            // preference question, answered in a few words.
            if lines.count >= 2, let (question, answer) = askedPreference(lines[0], answers: lines.dropFirst()),
                result.formAnswers[question] == nil
            {
                awaitingAnswer = nil
                formField = nil
                current = (question, true)
                result.formAnswers[question] = answer
                result.append(lines, question: question, explicit: true)
                continue
            }
            // "Do you agree that giving ICSs a statutory footing from 2022, …?" quoted on its own, unnumbered, as
            // Citizen Space exports set out their items: the question's own text is its heading.
            if Self.reference(in: lines) == nil, let (question, heading) = quotedQuestion(in: lines) {
                formField = nil
                current = (question, true)
                awaitingAnswer = (question, heading.joined(separator: " "))
                lines.removeFirst(heading.count)
                if lines.isEmpty { continue }
            }
            var isAnswer = false
            // "3.1 Membership" numbers a section of a letter, not a form's item: its topic decides, as for any heading.
            if let (reference, heading) = Self.reference(in: lines),
                !(reference.isSubItem && !reference.asks && cues.best(for: Words(reference.rest), minimum: 1) != nil)
            {
                awaitingAnswer = nil
                formField = nil
                // A question's text on the line under its number names it by that text alone; if it names
                // none of the questionnaire's, it is a form's own item ("Organisation").
                if let question = resolve(reference, renumbered: renumbered || heading.count > 1) {
                    current = (question, true)
                    if reference.isContent {
                        result.append(lines, question: question, explicit: true)
                        continue
                    }
                    awaitingAnswer = (question, heading.joined(separator: " "))
                } else {
                    formField = reference.rest
                    current = (fallback, true)
                }
                lines.removeFirst(heading.count)
                if let answer = reference.answer { lines.insert(answer, at: 0) }
                if lines.isEmpty { continue }
            }
            if let (question, heading) = awaitingAnswer {
                awaitingAnswer = nil
                isAnswer = true
                // Boxes or radio buttons set out over several lines ("( ) Option 1 - …", "(*) Option 2 - …") are
                // read as one answer line.
                var line = lines[0]
                if FormAnswer.hasBoxes(line), let last = lines.lastIndex(where: FormAnswer.hasBoxes), last > 0 {
                    line = lines[0...last].map { $0.trimmingSpaces() }.joined(separator: " ")
                }
                // "The statutory committee with a system Accountable Officer" under the preference question: an
                // option named by what it is, too long for the scale's own words.
                if let answer = FormAnswer(
                    line: line, heading: heading, question: question, questionnaire: questionnaire)
                    ?? preference.flatMap({
                        $0.question == question
                            ? describedAnswer(line, heading: heading, vocabulary: $0.vocabulary) : nil
                    })
                {
                    result.formAnswers[question] = answer
                }
                // "Answer:" is the form's label, like the question above it; the answer itself is kept.
                if let field = LetterParts.field(lines[0]), FormAnswer.labels.contains(field.key) {
                    lines[0] = field.value
                }
            }
            if let label = formField {
                formField = nil
                isAnswer = true
                // "Name: Deborah Fairclough", or "Organisation: …" and "Type: …" under one item: each labelled
                // line is an item of its own.
                let fields = lines.compactMap { LetterParts.field($0) }
                if fields.count == lines.count, lines.allSatisfy({ Words($0).wordCount <= 15 }) {
                    // "Are you responding as... / Answer: An individual": the item's own label names the answer.
                    result.formFields += fields.map {
                        LetterParts.Field(
                            key: FormAnswer.labels.contains($0.key) ? label.matchKey : $0.key.matchKey, value: $0.value)
                    }
                    continue
                }
                // "Which model would you like the Partnership to support? ( ) Option 1 … (o) Option 2 …": a form's own
                // wording of the preference question, answered by its boxes.
                if let (question, answer) = lines.allSatisfy(FormAnswer.hasBoxes)
                    ? preferenceAnswer(lines, heading: label) : askedPreference(label, answers: lines[...]),
                    result.formAnswers[question] == nil
                {
                    result.formAnswers[question] = answer
                    result.append(lines, question: question, explicit: true)
                    continue
                }
                // "Name of the organisation …": the name may come with its address, e-mail and telephone.
                let names = ["name", "organisation", "organization", "behalf"].contains { label.matchKey.contains($0) }
                // A form's own item that is not about the respondent ("Is there anything else you would like to tell
                // us?") is a comment, and its answer is kept as one.
                let aboutYou = LetterParts.isAboutYou(label)
                if aboutYou, lines.count == 1, Words(lines[0]).wordCount <= (names ? 30 : 15) {
                    result.formFields.append(LetterParts.Field(key: label.matchKey, value: lines[0]))
                    continue
                }
                // "Which of these best describes you?" answered by one of several radio buttons, a line each.
                if aboutYou, lines.count > 1, lines.allSatisfy(FormAnswer.hasBoxes) {
                    if let ticked = FormAnswer.ticked(lines.joined(separator: " ")) {
                        result.formFields.append(LetterParts.Field(key: label.matchKey, value: ticked))
                    }
                    continue
                }
            }
            if !isAnswer, isTopicHeading(lines) {
                // Under a numbered question a heading with no cues may be part of the answer ("(no comment)"),
                // unless it stands alone as a heading does ("Other matters raised by partners").
                let resolved = cues.best(for: Words(lines[0]), minimum: 1)
                if resolved != nil || current?.explicit != true || lines.count == 1 {
                    current = resolved.map { ($0, false) }
                }
                if lines.count == 1 {
                    result.append(lines, question: current?.question ?? fallback, explicit: current?.explicit ?? false)
                    continue
                }
            }
            let words = Words(lines.joined(separator: " "))
            if let number = Self.ordinalReference(words), let question = question(numbered: number) {
                // "On the second question, …" names this paragraph's question; the paragraphs after it stay
                // in its section but may turn to another topic, so their own words decide (unlike a heading's).
                current = (question, false)
                result.append(lines, question: question, explicit: true)
            } else if !isAnswer, let topic = Self.openingTopic(words),
                let question = cues.best(for: Words(topic), minimum: 1)
            {
                // "On membership, we agree …": a paragraph that opens by naming its topic.
                current = (question, false)
                result.append(lines, question: question, explicit: false)
            } else if !isAnswer, let lead = Self.lead(of: lines), let question = cues.best(for: Words(lead), minimum: 1)
            {
                // "**Membership.** We agree …": a paragraph that opens with its own topic starts a new section.
                current = (question, false)
                result.append(lines, question: question, explicit: false)
            } else if let current {
                result.append(lines, question: current.question, explicit: current.explicit)
            } else {
                let question = cues.best(for: words, minimum: 2) ?? fallback
                result.append(lines, question: question, explicit: false)
            }
        }
        return result
    }

    /// The question reference a block opens with, and its heading lines: usually one, but a form that puts
    /// "Question 5 of 10" on a line of its own has the question's text on the next.
    static func reference(in lines: [String]) -> (reference: QuestionReference, heading: [String])? {
        guard let first = lines.first else { return nil }
        guard var reference = QuestionReference(first) else {
            // "10. The consultation describes two options. If you have a preference, please tell us which and
            // why.": a numbered form prompt, asked without a question mark.
            let prompt = first.lowercased()
            if first.first?.isNumber == true, first.hasSuffix("."),
                Self.prompts.contains(where: { prompt.contains($0) }),
                let asked = QuestionReference(String(first.dropLast()) + "?")
            {
                return (asked, [first])
            }
            // "2.1 Do you agree that, other than mandatory participation of NHS bodies / and Local Authorities, …
            // needs?": a numbered question wrapped over the lines of its block, up to its question mark.
            guard first.first?.isNumber == true,
                let end = lines.prefix(6).firstIndex(where: { $0.hasSuffix("?") }), end > 0,
                !lines[0..<end].contains(where: { $0.hasSuffix(".") }),
                let wrapped = QuestionReference(lines[0...end].map { $0.trimmingSpaces() }.joined(separator: " ")),
                wrapped.asks
            else { return nil }
            return (wrapped, Array(lines[0...end]))
        }
        // "Q5. Do you agree that, other than mandatory participation of NHS bodies / and Local Authorities, … needs?":
        // the question's text wrapped over the lines after its number.
        if !reference.rest.isEmpty, !first.hasSuffix("?"),
            let end = lines.prefix(6).firstIndex(where: { $0.hasSuffix("?") }), end > 0,
            !lines[0..<end].contains(where: { $0.hasSuffix(".") }),
            let wrapped = QuestionReference(lines[0...end].map { $0.trimmingSpaces() }.joined(separator: " ")),
            wrapped.asks
        {
            return (wrapped, Array(lines[0...end]))
        }
        guard reference.rest.isEmpty, lines.count >= 2, reference.total != nil || lines[1].hasSuffix("?") else {
            return (reference, [first])
        }
        reference.rest = lines[1]
        return (reference, Array(lines.prefix(2)))
    }

    /// What a form's numbered prompt asks with, when it asks without a question mark.
    static let prompts = ["please tell us", "please explain", "please say", "please give", "please describe"]

    /// Whether a line refers to a question by number ("Q4.", "Question 2 –").
    static func isQuestionReference(_ line: String) -> Bool { QuestionReference(line) != nil }

    /// The answer a list of boxes gives to a question whose choices are not agree and disagree (the preferred
    /// option), when its ticked label is one of that question's choices.
    func preferenceAnswer(_ lines: [String], heading: String) -> (String, FormAnswer)? {
        let line = lines.map { $0.trimmingSpaces() }.joined(separator: " ")
        for question in questionnaire.questions where OptionDetector.isPreference(question, in: questionnaire) {
            if let answer = FormAnswer(
                line: line, heading: heading, question: question.id, questionnaire: questionnaire),
                answer.option != nil
            {
                return (question.id, answer)
            }
        }
        return nil
    }

    /// A short title in capitals: "YOUR VIEWS", "SECTION B".
    static func isSectionTitle(_ line: String) -> Bool {
        Words(line).wordCount <= 5 && line.contains(where: \.isLetter) && !line.contains(where: \.isLowercase)
    }

    /// A line drawn across the page: "-----", "=====", "_____".
    static func isRule(_ line: String) -> Bool {
        line.count >= 3 && line.allSatisfy { "-_=*~─━".contains($0) }
    }
}

/// A letter's body in sections.
struct Segmentation: Sendable, Hashable {
    /// The paragraphs, in the letter's order, each with its section.
    var paragraphs: [CodedParagraph] = []
    /// The answers a form gave in so many words ("[x] Agree", "No"), by question id.
    var formAnswers: [String: FormAnswer] = [:]
    /// Form items about the respondent, keyed by the item's question ("your name").
    var formFields: [LetterParts.Field] = []

    mutating func append(_ lines: [String], question: String, explicit: Bool) {
        guard !lines.isEmpty else { return }
        paragraphs.append(CodedParagraph(lines: lines, question: question, explicit: explicit))
    }
}

/// A paragraph of a letter and the question it was put under.
struct CodedParagraph: Sendable, Hashable {
    /// The paragraph's lines, verbatim.
    var lines: [String]
    /// The id of the question whose section it goes in.
    var question: String
    /// Whether the letter itself said which question this is (by number, by the question's text, or in a form).
    var explicit: Bool

    /// The paragraph as written, lines joined by line breaks.
    var text: String { lines.joined(separator: "\n") }
}

extension LetterSegmenter {
    /// The question whose text a block opens with, unnumbered, and the lines that text takes (it may wrap over
    /// a few): "Do you agree that, other than mandatory participation of NHS bodies and Local Authorities, …?".
    /// Nearly all of the question's words must be there, and few others, so a sentence that only echoes it is
    /// not taken for it.
    func quotedQuestion(in lines: [String]) -> (question: String, heading: [String])? {
        guard let end = lines.prefix(4).firstIndex(where: { $0.hasSuffix("?") }) else { return nil }
        let heading = Array(lines[...end])
        let text = heading.joined(separator: " ")
        guard QuestionReference(text) == nil, let id = questionMatching(text),
            let question = questionnaire.question(id: id), question.scale != nil
        else { return nil }
        let words = Set(Self.contentWords(question.text))
        let asked = Set(Self.contentWords(text))
        let shared = Double(words.intersection(asked).count)
        guard shared / Double(words.count) >= 0.8, Double(asked.count) <= Double(words.count) * 1.3 else { return nil }
        return (id, heading)
    }
}

private extension LetterSegmenter {
    func resolve(_ reference: QuestionReference, renumbered: Bool) -> String? {
        if let matched = questionMatching(reference.rest) { return matched }
        if let preference = preferenceQuestion(reference.rest) { return preference }
        let isTopic = reference.rest.isEmpty || (!reference.asks && Words(reference.rest).wordCount <= 8)
        guard isTopic || reference.isContent, !renumbered, !reference.isSubItem else { return nil }
        return question(numbered: reference.number)
    }

    /// The question whose text a heading quotes: most of the question's words appear in it, or, for a quote
    /// cut short ("Do you agree that giving ICSs a statutory footing…"), nearly all its words are the question's.
    func questionMatching(_ text: String) -> String? {
        let heading = Set(Self.contentWords(text))
        guard heading.count >= 4 else { return nil }
        var best: (id: String, share: Double)?
        for question in questionnaire.questions {
            let words = Set(Self.contentWords(question.text))
            guard !words.isEmpty else { continue }
            let shared = Double(words.intersection(heading).count)
            let share = max(shared / Double(words.count), shared >= 4 ? shared / Double(heading.count) * 0.75 : 0)
            if share >= 0.6, share > (best?.share ?? 0) { best = (question.id, share) }
        }
        return best?.id
    }

    /// The question that asks for a preference between options, when a form's item asks which option or
    /// model is preferred in its own words ("Which of the two legislative options do you prefer, and why?").
    func preferenceQuestion(_ text: String) -> String? {
        let words = Words(text)
        guard words.containsAny(["prefer", "preferred", "preference"]),
            words.containsAny(["option", "options", "model", "models"])
        else { return nil }
        return questionnaire.questions.first { OptionDetector.isPreference($0, in: questionnaire) }?.id
    }

    func question(numbered number: Int) -> String? {
        questionnaire.questions.first { self.number(of: $0.id) == number }?.id
    }

    /// The number in a question's label ("Q3" is 3), or its position among the scaled questions.
    func number(of id: String) -> Int? {
        guard let question = questionnaire.question(id: id) else { return nil }
        let digits = question.label.filter(\.isNumber)
        if let number = Int(digits), question.label.matchKey.hasPrefix("q") { return number }
        return nil
    }

    /// A line on its own that names a topic: short, not a sentence.
    func isTopicHeading(_ lines: [String]) -> Bool {
        guard let first = lines.first else { return false }
        let plain = first.trimmingCharacters(in: "*_# ")
        guard let last = plain.last, !",;:".contains(last), !plain.hasPrefix("-"), !plain.hasPrefix("•") else {
            return false
        }
        let count = Words(plain).wordCount
        let numbered = plain.first?.isNumber == true
        if last == "." && !(first.hasPrefix("**") && first.hasSuffix("**")) { return false }
        return count >= 1 && count <= (numbered ? 14 : 10)
    }

    static let stopWords: Set<String> = [
        "do", "you", "agree", "that", "the", "and", "for", "with", "from", "should", "be", "to", "of", "a", "an", "in",
        "other", "than", "either", "or", "which", "what", "this", "their", "our", "most",
    ]

    static func contentWords(_ text: String) -> [String] {
        Words(text).tokens.filter { !Words.isMark($0) && $0.count >= 3 && !stopWords.contains($0) }
    }

    static let ordinals = ["first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6]

    /// "On the second question, …" or "On question 3, …" at the start of a paragraph.
    static func ordinalReference(_ words: Words) -> Int? {
        let head = Array(words.tokens.prefix(8))
        for (index, token) in head.enumerated() where token == "question" {
            if index > 0, let number = ordinals[head[index - 1]] { return number }
            if index + 1 < head.count, let number = Int(head[index + 1]) { return number }
        }
        // "We start with the last of your four questions": one of a counted set.
        let opening = Array(words.tokens.prefix(10))
        if let index = opening.firstIndex(of: "questions"), index >= 4, let count = counts[opening[index - 1]],
            ["your", "the", "its"].contains(opening[index - 2]), opening[index - 3] == "of"
        {
            let which = opening[index - 4]
            if which == "last" { return count }
            if let number = ordinals[which], number <= count { return number }
        }
        return nil
    }

    static let counts = ["two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "4": 4, "5": 5]

    /// The topic a paragraph opens with before its first comma or colon: "membership" in "On membership, we agree …", "the
    /// transfer of services" in "As for the transfer of services, …".
    static func openingTopic(_ words: Words) -> String? {
        var tokens = words.tokens[...]
        // "First, on the transfer of services that NHS England currently commissions."
        if tokens.count > 2, tokens[tokens.startIndex + 1] == ",",
            StancePatterns.sequence.contains(tokens[tokens.startIndex])
        {
            tokens = tokens.dropFirst(2)
        }
        let openers: [[String]] = [["on"], ["as", "for"], ["as", "regards"], ["regarding"], ["turning", "to"]]
        guard let opener = openers.first(where: { tokens.starts(with: $0) }),
            // "On statutory footing from 2022 - yes, as long as …": a dash may end the topic too.
            let comma = tokens.prefix(14).firstIndex(where: { [",", ":", ".", "-", "–", "—"].contains($0) }),
            comma > tokens.startIndex + opener.count,
            !tokens[..<comma].contains(where: { Words.isMark($0) }),
            // A sentence that ends where it names its topic is a heading only if it says nothing itself: "On the
            // transfer … we are neutral." takes a side.
            tokens[comma] != "." || !tokens[..<comma].contains(where: { Attribution.firstPerson.contains($0) })
        else { return nil }
        return tokens[(tokens.startIndex + opener.count)..<comma].joined(separator: " ")
    }

    /// A short first sentence that names the paragraph's topic: "Statutory footing.", "**Membership.**".
    static func lead(of lines: [String]) -> String? {
        guard let sentence = LetterSentence.split(lines.joined(separator: " ")).first,
            sentence != lines.joined(separator: " ")
        else { return nil }
        return Words(sentence).wordCount <= 5 ? sentence : nil
    }
}
