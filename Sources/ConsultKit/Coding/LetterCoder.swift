/// Codes a letter into a response: who sent it, each paragraph under the question it answers, and the
/// answers the letter gives, each marked as inferred with its confidence and evidence.
///
/// Text in, values out: it reads a ``LetterText`` and returns a ``CodedLetter``; `consult code` does the
/// files. Every paragraph of the letter's body lands in exactly one section; the letterhead, salutation and
/// signature are used only to guess the respondent.
public struct LetterCoder: Sendable {
    /// What the person running `consult code` said about the respondent; each given value wins over a guess.
    public struct Known: Sendable, Hashable {
        /// The respondent's name.
        public var respondent: String?
        /// The stakeholder type id.
        public var type: String?
        /// The place id.
        public var place: String?

        /// Creates the known values.
        public init(respondent: String? = nil, type: String? = nil, place: String? = nil) {
            self.respondent = respondent
            self.type = type
            self.place = place
        }
    }

    /// The questionnaire the letter responds to.
    public let questionnaire: Questionnaire

    /// Creates a coder for a questionnaire.
    public init(questionnaire: Questionnaire) {
        self.questionnaire = questionnaire
    }

    /// The letter as a response, with the front-matter fields that were guessed.
    public func code(_ letter: LetterText, known: Known = Known()) -> CodedLetter {
        let parts = LetterParts(letter.text)
        let segmentation = LetterSegmenter(questionnaire: questionnaire).segment(parts.body)
        let sentences = LetterSentence.sentences(of: segmentation)
        var inferences = StanceDetector(questionnaire: questionnaire).infer(
            sentences, formAnswers: segmentation.formAnswers)
        if let detector = OptionDetector(questionnaire: questionnaire),
            let option = detector.infer(sentences, formAnswer: segmentation.formAnswers[detector.question.id])
        {
            inferences[detector.question.id] = option
        }
        let guess = RespondentGuesser(questionnaire: questionnaire).guess(
            letter, parts: parts, formFields: segmentation.formFields)

        var guessed: [String] = []
        let respondent: String
        if let given = known.respondent {
            respondent = given
        } else {
            respondent = guess.respondent ?? "Unknown respondent (\(Self.fileName(letter.source)))"
            guessed.append("respondent")
        }
        let type: String
        if let given = known.type {
            type = given
        } else {
            type = guess.respondent == nil ? "other" : (guess.type ?? "other")
            guessed.append("type")
        }
        let place = known.place ?? guess.place
        if known.place == nil, guess.place != nil { guessed.append("place") }
        if guess.date != nil { guessed.append("submitted") }

        // A request not to be published, or to be quoted anonymously, is read and shown for checking.
        let publish = ConsentReader.publication(fields: segmentation.formFields + parts.fields, text: letter.text)
        if publish != nil { guessed.append("publish") }
        var response = Response(
            source: letter.source, respondent: respondent, type: type, place: place, submitted: guess.date,
            contact: guess.contact, publish: publish ?? .yes)
        var texts: [String: [String]] = [:]
        for paragraph in segmentation.paragraphs { texts[paragraph.question, default: []].append(paragraph.text) }
        for question in questionnaire.questions {
            let text = Self.sectionText(texts[question.id] ?? [])
            let inference = inferences[question.id]
            guard inference != nil || !text.isEmpty else { continue }
            response.answers[question.id] = Answer(
                question: question.id, choice: inference?.choice, text: text,
                conditional: inference?.conditional ?? false,
                inferred: inference != nil, confidence: inference?.confidence, evidence: inference?.evidence ?? [])
        }
        return CodedLetter(response: response, guessed: guessed, questionnaire: questionnaire)
    }
}

/// A letter coded as a response, ready to write.
public struct CodedLetter: Sendable, Hashable {
    /// The response, with inferred answers.
    public var response: Response
    /// The front-matter fields that were guessed from the letter rather than given.
    public var guessed: [String]
    /// The questionnaire it answers.
    public var questionnaire: Questionnaire

    /// The response file in the canonical Markdown form.
    public var markdown: String { ResponseWriter.markdown(response, questionnaire: questionnaire, guessed: guessed) }

    /// A file name for the response: the respondent's name as a slug.
    public var fileName: String { ResponseWriter.slug(response.respondent) + ".md" }
}

private extension LetterCoder {
    static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    /// The paragraphs of a section, made safe to sit under a section heading in a response file: a line that
    /// would read as a heading, and a first line that would read as an `answer:`-style field, get a backslash
    /// in front, as Markdown escapes.
    static func sectionText(_ paragraphs: [String]) -> String {
        let lines = paragraphs.joined(separator: "\n\n").split(separator: "\n", omittingEmptySubsequences: false)
        return lines.enumerated().map { offset, line in
            let trimmed = String(line).trimmingSpaces()
            let looksLikeField =
                MarkdownResponseReader.field(trimmed).map { RawResponse.sectionFields.contains($0.0) } ?? false
            if trimmed.hasPrefix("#") || trimmed.hasPrefix("---") || trimmed.hasPrefix("<!--")
                || (offset == 0 && looksLikeField)
            {
                return "\\" + trimmed
            }
            return String(line)
        }.joined(separator: "\n")
    }
}
