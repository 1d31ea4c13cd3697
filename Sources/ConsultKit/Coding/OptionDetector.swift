/// Infers which option a letter prefers: one of the options, neither, or not stated.
///
/// An option counts when the writer states a preference for it ("we support Option 2", "our preference is
/// for a statutory joint committee", "Option 1 is our preference", "if forced to choose … Option 1"),
/// naming it by number, position or description. Preferences the letter reports from others ("the
/// document has a clear preference for option two", "some partners preferred Option 1") are not the
/// writer's. "We support neither" and "we cannot support either option" give `neither`; declining to choose
/// ("no preference", "did not reach a view") leaves it unstated.
struct OptionDetector: Sendable {
    let question: Question
    let vocabulary: OptionVocabulary
    /// The statistical reading used when the rules find no preference.
    var model = PreferenceModel.shipped

    init?(questionnaire: Questionnaire) {
        guard let question = questionnaire.questions.first(where: { Self.isPreference($0, in: questionnaire) }) else {
            return nil
        }
        self.question = question
        vocabulary = OptionVocabulary(options: questionnaire.options(for: question))
    }

    /// Whether a question asks for a choice between options rather than agreement.
    static func isPreference(_ question: Question, in questionnaire: Questionnaire) -> Bool {
        let options = questionnaire.options(for: question)
        let real = options.filter { $0.side != ScaleOption.noSide && !OptionVocabulary.isNeither($0) }
        return real.count >= 2 && !StanceDetector.isAgreement(question, in: questionnaire)
    }

    /// The preferred option, if the letter states one.
    func infer(_ sentences: [LetterSentence], formAnswer: FormAnswer?) -> Inference? {
        if let formAnswer, let option = formAnswer.option {
            return Inference(choice: option.id, confidence: .high, evidence: [formAnswer.heading, formAnswer.text])
        }
        var signals: [Signal] = []
        // The last preference reported from someone else, which the writer may take up.
        var lastReported: Signal?
        // Whether the sentence before asked for the preferred model.
        var asked = false
        let steps = self.steps(through: sentences)
        for (index, sentence) in sentences.enumerated() {
            guard let (trail, mentions) = steps[index] else { continue }
            let (last, lastInLetter) = (trail.last, trail.lastInLetter)
            var found = self.signals(
                in: sentence.words, index: index, mentions: mentions, previous: last, earlier: lastInLetter)
            // "We have come down, not very enthusiastically, on the side of the single NHS body": read again
            // without the aside, keeping only what the first reading missed.
            if let plain = Self.withoutAsides(sentence.words, mentions: mentions) {
                let again = self.signals(
                    in: plain, index: index, mentions: trail.mentions(in: plain, vocabulary: vocabulary),
                    previous: last, earlier: lastInLetter)
                found += again.filter { signal in
                    !found.contains { $0.kind == signal.kind && $0.option == signal.option }
                }
            }
            let tokens = sentence.words.tokens
            // "Which option do you prefer?" then "– Option 2 (statutory corporate NHS body)".
            if asked, let first = mentions.first,
                tokens[..<first.start].allSatisfy({ ["–", "-", "a", ":", "the"].contains($0) })
            {
                found.append(
                    Signal(kind: .prefers, option: first.option, sentence: index, weight: 2, naming: first.naming))
            }
            asked =
                tokens.last == "?" && tokens.contains(where: Self.answerKeys.contains)
                && !tokens.contains(where: Attribution.otherWords.contains)
            let reported = found.last { $0.kind == .reported && $0.option != nil } ?? lastReported
            if !found.contains(where: { $0.kind == .prefers }),
                let adopted = Self.adoption(in: sentence.words, index: index, reported: reported)
            {
                found.append(adopted)
            }
            lastReported = reported
            signals += found
        }
        if let decided = decide(signals, sentences) { return decided }
        // A letter that asked for no option or turned both down was read; only silence is read again.
        guard formAnswer == nil, !signals.contains(where: { [.prefers, .neither, .declines].contains($0.kind) })
        else { return nil }
        // "Some partners favour the joint committee. … We would prefer the CCG to be re-purposed as a statutory NHS
        // body": a letter that reports someone else's choice may still state its own, but only the other option,
        // and never in the sentence that reports.
        let reports = signals.filter { $0.kind == .reported }
        guard reports.allSatisfy({ $0.option != nil }) else { return nil }
        let reporting = Set(reports.map(\.sentence))
        let excluded = Set(signals.filter { $0.kind == .rejects }.compactMap(\.option) + reports.compactMap(\.option))
        return model.reading(
            sentences, mentions: steps.mapValues(\.mentions).filter { !reporting.contains($0.key) },
            options: vocabulary.options.map(\.id), except: excluded)
    }
}

extension OptionDetector {
    /// Each sentence's mentions of the options, by sentence index, read as `infer` reads them.
    func mentions(in sentences: [LetterSentence]) -> [Int: [OptionVocabulary.Mention]] {
        steps(through: sentences).mapValues(\.mentions)
    }

    /// For each sentence that is not a form's list of choices, by index: what earlier sentences left to refer back
    /// to, and the options the sentence mentions.
    func steps(through sentences: [LetterSentence]) -> [Int: (trail: Trail, mentions: [OptionVocabulary.Mention])] {
        var trail = Trail()
        var steps: [Int: (trail: Trail, mentions: [OptionVocabulary.Mention])] = [:]
        for (index, sentence) in sentences.enumerated() where !FormAnswer.isChoiceList(sentence.text) {
            trail.enter(sentence)
            let mentions = trail.mentions(in: sentence.words, vocabulary: vocabulary)
            steps[index] = (trail, mentions)
            trail.record(sentence, mentions: mentions, vocabulary: vocabulary)
        }
        return steps
    }

    /// What the options named so far make of words that refer back: "it" and "that one" within a paragraph,
    /// "the alternative" anywhere in the letter, and "the former" and "the latter".
    struct Trail: Sendable {
        /// The option last named in this paragraph.
        var last: String?
        /// The option last named in the letter.
        var lastInLetter: String?
        /// The order of the last sentence that named both options.
        var pair: [String]?
        var paragraph = -1

        /// Starts a sentence: "it" does not reach back into an earlier paragraph.
        mutating func enter(_ sentence: LetterSentence) {
            if sentence.paragraph != paragraph {
                paragraph = sentence.paragraph
                last = nil
            }
        }

        /// The options these words mention, with what refers back resolved.
        func mentions(in words: Words, vocabulary: OptionVocabulary) -> [OptionVocabulary.Mention] {
            vocabulary.mentions(in: words, previous: lastInLetter, pair: pair)
        }

        /// Ends a sentence, remembering what it named.
        mutating func record(
            _ sentence: LetterSentence, mentions: [OptionVocabulary.Mention], vocabulary: OptionVocabulary
        ) {
            var order: [String] = []
            for mention in mentions where !order.contains(mention.option) { order.append(mention.option) }
            if order.count >= 2 { pair = order }
            // "That is the arrangement we would ask for" looks back past what the sentence before set aside ("rather
            // than create a new NHS body") to what it put forward.
            if !mentions.isEmpty {
                let contrast = ModelClause.contrast(in: sentence.words.tokens) ?? sentence.words.tokens.count
                let named = mentions.last { $0.start < contrast }?.option
                last = named
                lastInLetter = named ?? lastInLetter
            } else if let described = vocabulary.described(in: sentence.words) {
                last = described
                lastInLetter = described
            }
        }
    }

    /// "NHS England states a preference for Option 2. So do we": a preference reported in this sentence or the
    /// one before, then taken up by the writer.
    static func adoption(in words: Words, index: Int, reported: Signal?) -> Signal? {
        guard let reported, let option = reported.option, index - reported.sentence <= 1,
            let at = adoptions.lazy.compactMap({ words.first($0) }).first,
            Attribution.isWriters(words, verbAt: at), !StancePatterns.isNegated(words.tokens, before: at)
        else { return nil }
        return Signal(kind: .prefers, option: option, sentence: index, weight: 1)
    }

    /// Something one sentence says about the options.
    struct Signal: Sendable, Hashable {
        enum Kind: Sendable, Hashable { case prefers, rejects, neither, declines, reported }
        var kind: Kind
        var option: String?
        var sentence: Int
        var weight: Double
        var naming: OptionVocabulary.Naming = .description
        /// "if forced to choose", "reluctantly": a choice that still counts, and beats rejecting both.
        var forced = false
        /// "on balance", "broadly", or stated on a supposition ("If the Government legislates, …").
        var hedged = false
    }
}

private extension OptionDetector {
    static let preferences: [Phrase] = [
        "prefer", "preferred", "preference", "favour", "favoured", "support", "supportive of", "back", "lean towards",
        "lean toward", "leaning towards", "go for", "opt for", "choose", "would pick", "endorse", "recommend",
        "in favour of", "choice is", "vote for", "content with", "comfortable with", "preferring", "favouring",
        // The same verbs with a third-person subject: "the Trust leans towards Option 1".
        "prefers", "favours", "supports", "backs", "leans towards", "leans toward", "leaned towards", "leaned toward",
        "endorses", "recommends",
        "opts for",
        "chooses", "chose", "votes for",
        "could live with", "can live with", "argue for", "argues for", "more merit in", "persuaded by the case for",
        "would rather have", "would rather see", "much rather have", "much rather see", "would rather deal with",
        "would rather work with", "would rather keep it as", "would rather go with", "answer is", "right model for",
        "right one for",
        "come down on the side of", "comes down on the side of", "come down in favour of", "go with", "supporting",
        "came down on the side of", "came down in favour of",
        "wish to see", "wishes to see", "like to see", "want to see", "wants to see",
        // Only with the option named after it: "we would want this written into the legislation" is no choice, but
        // "the Governing Body wants a single NHS body in each system" is.
        "would want", "want", "wants",
        "weight behind", "get behind", "gets behind", "put me down for", "put us down for", "put their name to",
        "plump for", "plumped for", "plumping for",
        "put our name to", "put its name to",
        // "came down" needs "on" or "for" after it (`landings`): "came down on balance for the latter".
        "endorsed", "backing", "endorsing", "came down", "come down", "comes down", "points us to", "points us towards",
        "count us in for", "count me in for", "would welcome",
        // "If I have to pick one of yours, I'll pick the first one."
        "will pick", "will choose",
        // "We would sooner see …", "Our members would much sooner see the committee route taken", "our preference
        // lies with keeping …".
        "sooner see", "sooner have", "preference lies with", "preference rests with",
        // "Members' money is firmly on the committee model".
        "money is on", "money is firmly on", "money is squarely on", "money would be on",
        // "If I have to pick, I will stick with the first one."
        "stick with", "sticks with", "stay with",
    ]
    /// What the writer believes a system should become: "we believe the system should become a single NHS body".
    static let systems: Set<String> = ["system", "systems", "ics", "icss"]
    static let beliefs: Set<String> = [
        "believe", "believes", "think", "thinks", "consider", "considers", "view", "conclusion", "concluded",
        "position",
    ]
    /// What may be done to a body to make it the model: "the CCG should be reconstituted as the statutory ICS body".
    static let remakings: Set<String> = [
        "reconstituted", "constituted", "turned", "converted", "made", "remade", "established", "led",
        // "the CCG should be folded into a new NHS body for the whole system".
        "folded", "merged", "absorbed",
    ]
    /// Preferences that need "on" or "for" after them: "came down, after a long discussion, on the first".
    static let landings: [Phrase] = ["came down", "come down", "comes down"]
    /// "We urge NHS England to adopt …", "our recommendation to NHS England is to proceed with …": a request
    /// whose object is the option, said by the writer though another body is named before the verb.
    static let requests: [Phrase] = [
        "urge", "urges", "ask", "asks", "recommendation", "call on", "calls on", "encourage", "invite", "content for",
        "happy for",
        // "We would prefer Parliament to establish a single statutory NHS body".
        "would prefer",
    ]
    /// What "we would ask that Option 1 be …" asks to be done with the option.
    static let requestedPassive: [Phrase] = [
        "taken forward", "adopted", "chosen", "implemented", "pursued", "legislated for", "preferred", "progressed",
    ]
    static let requested: [Phrase] = [
        "adopt", "proceed with", "legislate for", "go with", "implement", "choose", "opt for", "pursue", "confirm",
        "take forward", "recommend", "establish", "create", "set up",
    ]
    static let comparisons: [Phrase] = [
        "makes more sense", "more coherent", "less bad", "lesser evil", "is better", "is preferable", "better option",
        "more sensible", "the better of the two", "more realistic", "is the right model", "is the right choice",
        "the better model", "the better choice", "is the right one", "better balance", "better suited", "best suited",
        "more suitable",
        "more appropriate", "is our choice", "lesser of two evils", "lesser of the two evils", "is the better",
        "the right balance", "better reflects", "has our vote", "has my vote", "gets our vote", "gets my vote",
        "has our support", "has my support", "is preferred", "is therefore preferred",
        "more like common sense", "sounds more sensible", "sounds better to me",
        // "… concluded that patients will be better served by a single statutory NHS organisation".
        "better served by", "better served if",
    ]
    static let rejections: [Phrase] = ["oppose", "opposes", "reject", "rejects", "against", "opposed to"]
    static let neitherPhrases: [Phrase] = [
        "support neither", "neither option", "neither model", "neither of the options", "neither of the two",
        "neither of the models", "reject both", "oppose both", "both options are flawed", "both models are flawed",
        "not support either", "cannot support either", "not endorse either", "cannot endorse either",
        "not believe either option", "neither is acceptable", "favour neither", "prefer neither",
        "not convinced by either", "not convinced that either", "neither of these models", "neither of the proposed",
        "neither proposal", "both are flawed", "both models are unacceptable", "both options are unacceptable",
        "neither is right", "neither model is", "neither option is", "supports neither", "favours neither",
        "prefers neither", "rejects both", "opposes both", "opposed to both", "say no to both", "says no to both",
        "both options should be rejected", "both models should be rejected", "not want either", "is : neither",
        "answer is neither", "rejects them both", "reject them both", "rejected them both", "oppose them both",
        "opposes them both", "opposed them both", "rejected both", "reject both of them", "rejects both of them",
        "want neither", "wants neither", "no to both", "oppose each of them", "opposes each of them",
        "reject each of them", "both are unacceptable", "both are unsuitable", "neither of the routes", "neither route",
        "neither of the structures", "neither structure",
    ]
    static let declines: [Phrase] = [
        "no preference", "not expressing a preference", "not express a preference", "unable to express a preference",
        "not reach a collective view", "not reach a view", "not taken a formal position", "not taken a position",
        "not our place to choose", "either could work", "either model could work", "either option could work",
        "no view on which", "not state a preference", "no strong preference", "not have a preference",
        "not reach a common view", "not expressed a preference", "not expressed any preference",
        "not to express a preference", "not come down on one side", "not come down on either side",
        "not record us as", "not be recorded as", "not to state a preference", "not itself take a position",
        "not take a position",
        // "I don't know enough to pick between them myself."
        "not know enough to pick", "not know enough to choose", "not know enough to say which",
        // "Members have not been asked to choose between the two and we do not do so here."
        "not been asked to choose",
    ]
    /// The first verb of what is asked for (`requested`) within `range`, and where it ends.
    static func firstRequested(in words: Words, _ range: Range<Int>) -> (start: Int, end: Int)? {
        requested.compactMap { verb in words.first(verb, in: range).map { (start: $0, end: $0 + verb.words.count) } }
            .min { $0.start < $1.start }
    }

    /// How a statement may be taken: "Nothing here should be read as support for …".
    static let readings: [Phrase] = ["read as", "taken as", "seen as", "regarded as", "construed as"]
    /// Declines that name how the writer asks to be listed: "please don't list SCMH as supporting it, or as opposing
    /// it".
    static let listings: [Phrase] = ["or as opposing", "supporting or opposing"]
    static let forcedChoice: [Phrase] = [
        "forced to choose", "had to choose", "have to choose", "must choose", "if pushed", "if pressed", "reluctantly",
        "pressed to choose", "could live with", "can live with", "lesser of two evils", "lesser of the two evils",
        "lesser evil", "one or the other", "if we had to", "if i had to", "if we must", "if i must", "in one box",
        "choice has to be made", "choice must be made", "had to pick", "have to pick", "made to pick",
        "made me pick", "made to choose", "made me choose", "if we have to", "if i have to",
    ]
    /// Verbs of what a model would do, rather than whether it is acceptable: "either model would change that much".
    static let effects: Set<String> = [
        "change", "make", "improve", "help", "alter", "affect", "matter", "solve", "fix", "bring", "deliver",
    ]

    /// A supposition that the choice is the writer's: "Were the choice ours, …".
    static let ownChoice: [Phrase] = [
        "were the choice ours", "if the choice were ours", "if it were our choice",
        "were it our choice", "if the decision were ours", "were the decision ours", "if it were up to us",
        "were it up to us", "if the choice were mine", "were the choice mine", "if it were up to me",
        "were it up to me",
    ]

    /// The answer to a forced choice: "If we had to put a cross in one box it would be the committee one".
    static let forcedAnswers: [Phrase] = [
        "it would be", "it would have to be", "that would be", "it would probably be",
        // "if I'm made to pick then the committee version".
        "pick then", "choose then",
        // "If we have to nail our colours to one of the two masts, it's the committee with …".
        "it is",
    ]
    static let pronouns: Set<String> = ["it", "this", "that"]
    /// The writer taking up a preference just reported: "So do we.", "We share that preference."
    static let adoptions: [Phrase] = [
        "so do we", "so do i", "as do we", "and so do we", "share that preference", "share this preference",
        "share their preference", "share its preference", "shares that preference", "shares this preference",
        "same preference", "agree with that preference", "agree with this preference", "share that view",
        "shares that view", "share this view", "shares this view", "share their view", "shares their view",
        "share its view", "shares its view",
    ]
    /// Verbs of setting something aside for something else: "abolishing CCGs in favour of an ICS body".
    static let replacements: Set<String> = [
        "abolishing", "abolished", "abolish", "scrapping", "scrapped", "dropping", "dropped", "replacing", "replaced",
        "abandoning", "abandoned", "removing", "removed", "dissolving", "dissolved", "sidelining", "sidelined",
        "losing", "lost",
    ]
    /// The verbs of "it is the corporate body that we would choose".
    static let clefted: Set<String> = [
        "prefer", "favour", "support", "choose", "back", "endorse", "recommend", "want", "wish", "like", "opt",
        "pick", "advocate", "live",
        // "… that the County Council supports".
        "prefers", "favours", "supports", "chooses", "backs", "endorses", "recommends", "wants", "wishes", "likes",
        "opts", "picks", "advocates",
    ]
    /// What "the arrangement we would wish to see … is" may call the model.
    static let arrangements: Set<String> = ["arrangement", "model", "option", "approach", "structure", "form"]
    /// The words of "what we would like to see is …" between "we" and "is".
    static let wishes: Set<String> = [
        "want", "wants", "would", "like", "wish", "to", "see", "support", "favour", "prefer", "propose", "advocate",
        "are", "is", "asking", "for", "seeking", "argue", "argued", "called", "call", "have", "need",
        // "What we would wish to see instead is a statutory joint committee".
        "instead", "rather", "supports", "favours", "prefers", "backs", "wishes",
    ]
    /// Verbs that fault what "neither option" does rather than reject both.
    static let criticisms: Set<String> = [
        "says", "mentions", "addresses", "guarantees", "protects", "offers", "provides", "deals", "gives", "explains",
        "recognises", "reflects", "includes", "answers", "takes", "does", "has", "secures", "ensures", "makes",
        "designed", "written", "drafted", "built", "intended", "meant",
    ]
    /// The words between "neither" and its verdict in "neither of them is acceptable".
    static let neitherVerdict: Set<String> = [
        "of", "them", "these", "those", "the", "two", "models", "options", "model", "option", "is", "would", "be",
        "will", "seems", "really", "truly", "in", "our", "view", ",", "proposals", "proposal",
    ]
    /// What "neither X nor Y" is, when both are rejected.
    static let unacceptable: Set<String> = ["acceptable", "appropriate", "workable", "supported", "desirable", "right"]

    /// Whether the words from `index` finish "neither agree nor disagree": "our answer is "neither agree nor
    /// disagree"" is the middle of an agreement scale, not neither option.
    static func namesScaleMiddle(_ tokens: [String], after index: Int) -> Bool {
        tokens[min(index, tokens.count)...].prefix(3).contains { ["agree", "agrees", "disagree", "nor"].contains($0) }
    }

    /// The sentence without its short asides between commas (", not very enthusiastically,", ", frankly,"),
    /// if it has any that name no option; `nil` if it has none.
    static func withoutAsides(_ words: Words, mentions: [OptionVocabulary.Mention]) -> Words? {
        let tokens = words.tokens
        var kept: [String] = []
        var index = 0
        var removed = false
        while index < tokens.count {
            if tokens[index] == ",", index > 0,
                let closing = tokens[(index + 1)..<min(tokens.count, index + 6)].firstIndex(of: ","),
                closing > index + 1, closing + 1 < tokens.count,
                tokens[(index + 1)..<closing].allSatisfy({ !Words.isMark($0) && !Self.clauseWords.contains($0) })
                    // ", with some reluctance,": a phrase of manner, whatever its words.
                    || (["with", "without"].contains(tokens[index + 1])
                        && tokens[(index + 1)..<closing].allSatisfy({ !Words.isMark($0) })),
                !mentions.contains(where: { $0.start < closing && $0.end > index })
            {
                removed = true
                index = closing + 1
                continue
            }
            kept.append(tokens[index])
            index += 1
        }
        return removed ? Words(tokens: kept) : nil
    }

    /// Words that make a span between commas a clause with content of its own ("and after a lot of going back
    /// and forth", "we have come down"), not an aside.
    static let clauseWords: Set<String> = Attribution.writerWords.union(Attribution.otherWords).union([
        "which", "who", "that", "whose", "and", "but", "or", "as", "if", "unless", "it", "you", "we", "i", "they",
        "option", "options", "model", "models",
    ])

    /// Where the words before `index` end once an aside between commas is passed over: in "Option 1 is, in our
    /// view, the lesser of two evils" the comparison follows "Option 1 is".
    static func skippingAside(_ tokens: [String], before index: Int) -> Int {
        var position = index
        while position > 0, ["the", "a"].contains(tokens[position - 1]) { position -= 1 }
        guard position > 0, tokens[position - 1] == "," else { return index }
        // "the joint committee, which leaves the County Council, the trusts and the CCG each able to refuse
        // their consent, is the lesser evil": a relative clause, however long, with commas of its own.
        let window = tokens[max(0, position - 30)..<(position - 1)]
        if let relative = window.lastIndex(where: { ["which", "who"].contains($0) }), relative > 0,
            tokens[relative - 1] == ",",
            !tokens[relative..<(position - 1)].contains(where: { [".", ";", ":"].contains($0) })
        {
            return relative - 1
        }
        guard let opening = tokens[max(0, position - 7)..<(position - 1)].lastIndex(of: ",") else { return index }
        return opening
    }

    /// The first word after `index` once an aside between commas, of at most `length` words, is passed over:
    /// ", for us, is".
    static func skippingAside(_ tokens: [String], after index: Int, length: Int = 5) -> Int? {
        guard index < tokens.count, tokens[index] == "," else { return index }
        let window = tokens[(index + 1)..<min(tokens.count, index + length + 2)]
        guard let closing = window.firstIndex(of: ","),
            !tokens[(index + 1)..<closing].contains(where: { [".", ";", ":"].contains($0) })
        else { return nil }
        return closing + 1
    }

    /// What one sentence says about the options; `previous` is the option last named in its paragraph, and
    /// `earlier` the one last named in the letter.
    func signals(
        in words: Words, index: Int, mentions: [OptionVocabulary.Mention], previous: String?, earlier: String? = nil
    ) -> [Signal] {
        let tokens = words.tokens
        var signals: [Signal] = []
        let supposes = tokens.first.map { StancePatterns.suppositions.contains($0) } ?? false
        let forced = words.containsAny(Self.forcedChoice)
        let hedged = supposes || words.containsAny(StancePatterns.hedges)
        func add(
            _ kind: Signal.Kind, _ option: String?, _ weight: Double, _ naming: OptionVocabulary.Naming = .description
        ) {
            signals.append(
                Signal(
                    kind: kind, option: option, sentence: index, weight: weight, naming: naming, forced: forced,
                    hedged: hedged && !forced))
        }
        var declines = false
        // "please don't list us as supporting the statutory ICS body or as opposing it": how the writer asks to be
        // listed, whoever is named in between.
        for (phrases, listing) in [(Self.declines, false), (Self.listings, true)] {
            for phrase in phrases {
                guard let at = words.first(phrase) else { continue }
                if Attribution.isWriters(words, verbAt: at)
                    || (listing && tokens[..<at].contains { Attribution.firstPerson.contains($0) })
                {
                    add(.declines, nil, 1)
                    declines = true
                }
            }
        }
        for phrase in Self.neitherPhrases {
            guard let at = words.first(phrase), Attribution.isWriters(words, verbAt: at) else { continue }
            if Self.namesScaleMiddle(tokens, after: at + phrase.words.count) { continue }
            // "Neither option says anything about carers" faults both without rejecting them.
            let end = at + phrase.words.count
            // "we aren't convinced that either model would change that much": doubt about what they would do.
            if phrase.words.last == "either",
                tokens[end..<min(tokens.count, end + 5)].contains(where: { Self.effects.contains($0) })
            {
                continue
            }
            // "neither model as described says very much about it".
            var after = end
            if after + 1 < tokens.count, tokens[after] == "as",
                ["described", "proposed", "drafted"].contains(tokens[after + 1])
            {
                after += 2
            }
            if tokens[at] == "neither", var verb = Self.skippingAside(tokens, after: after), verb < tokens.count {
                // "Neither model was designed with general practice in mind".
                if verb + 1 < tokens.count, ["was", "is", "were"].contains(tokens[verb]) { verb += 1 }
                if Self.criticisms.contains(tokens[verb]) { continue }
            }
            add(.neither, nil, 2)
        }
        // "Neither the statutory joint committee nor the statutory NHS body is acceptable to us."
        if let neither = tokens.firstIndex(of: "neither"), let nor = tokens[neither...].firstIndex(of: "nor"),
            Set(mentions.filter { $0.start > neither && $0.start < nor }.map(\.option)).count == 1,
            let other = mentions.first(where: { $0.start > nor }),
            !mentions.contains(where: { $0.start > neither && $0.start < nor && $0.option == other.option }),
            tokens[other.end...].prefix(4).contains(where: { Self.unacceptable.contains($0) }),
            Attribution.isWriters(words, verbAt: neither)
        {
            add(.neither, nil, 2)
        }
        // "Neither of them is acceptable to our members", "neither would be workable".
        if let neither = tokens.firstIndex(of: "neither"),
            let verdict = tokens[(neither + 1)..<min(tokens.count, neither + 8)].firstIndex(where: {
                Self.unacceptable.contains($0)
            }),
            tokens[(neither + 1)..<verdict].allSatisfy({ Self.neitherVerdict.contains($0) }),
            tokens[(neither + 1)..<verdict].contains(where: { ["is", "be", "seems"].contains($0) }),
            Attribution.isWriters(words, verbAt: neither)
        {
            add(.neither, nil, 2)
        }
        // "In favour of the committee model, members noted …; against it, …" lists arguments, not a preference.
        let listsArguments = tokens.starts(with: ["in", "favour", "of"]) || tokens.first == "against"
        if let answer = answerLine(tokens, mentions: mentions) { add(answer.kind, answer.option, 2, answer.naming) }
        // "If it has to happen, the second one – the single NHS body that takes over from the CCG.": a choice made on
        // a supposition, glossed with the same option.
        if let first = mentions.first, tokens.first == "if", first.start >= 2, tokens[first.start - 1] == ",",
            !tokens[1..<(first.start - 1)].contains(where: { [",", ";", ":", "."].contains($0) }),
            Set(mentions.map(\.option)).count == 1, first.end < tokens.count,
            [".", "–", "-", ","].contains(tokens[first.end]),
            tokens[first.end] == "." || mentions.count > 1 && mentions[1].start <= first.end + 2
        {
            add(.prefers, first.option, 2, first.naming)
        }
        // "Option 1 please.", "So it's option 1 for me.", "So the second one.": a sentence that is only the choice.
        if let mention = mentions.first, mentions.count == 1, tokens.last == ".", mention.end < tokens.count {
            let before = tokens[..<mention.start].filter { !["it", "is", "that", ","].contains($0) }
            let after = Array(tokens[mention.end..<(tokens.count - 1)])
            // "The first one I think."
            let closes =
                after == ["please"] || after == ["for", "me"] || after == ["for", "us"] || after == ["i", "think"]
                || after == ["we", "think"]
            if (before.isEmpty || before == ["so"] || before == ["then"])
                && (closes || (after.isEmpty && !before.isEmpty))
            {
                add(.prefers, mention.option, closes ? 2 : 1, mention.naming)
            }
        }
        // "our branch committee would, holding its nose, take the first": "take" with the option straight after it.
        for mention in mentions where !listsArguments && mention.start >= 2 && tokens[mention.start - 1] == "take" {
            guard ["would", "will", "d"].contains(tokens[mention.start - 2]),
                Attribution.isWriters(words, verbAt: mention.start - 2),
                !StancePatterns.isNegated(tokens, before: mention.start - 2)
            else { continue }
            add(.prefers, mention.option, 2, mention.naming)
        }
        // "Were the choice ours, the Council would keep each partner's own board and bind them through a statutory
        // joint committee": the one model named, chosen on the supposition that the choice is the writer's.
        if words.containsAny(Self.ownChoice), Set(mentions.map(\.option)).count == 1, let mention = mentions.first,
            !StancePatterns.isNegated(tokens, before: mention.start)
        {
            add(.prefers, mention.option, 2, mention.naming)
        }
        if forced, !listsArguments {
            for phrase in Self.forcedAnswers {
                for at in words.positions(of: phrase) where !StancePatterns.isNegated(tokens, before: at) {
                    let end = at + phrase.words.count
                    if let target = vocabulary.object(after: end, in: tokens, mentions: mentions, limit: 6) {
                        add(.prefers, target.option, 2, target.naming)
                    } else if !mentions.contains(where: { $0.start >= end }),
                        let described = vocabulary.described(in: Words(tokens: Array(tokens[end...])))
                    {
                        // "if we have to nail our colours to a mast, it is to the body that would absorb the CCG's
                        // functions and have its own chair, chief executive and finance director".
                        add(.prefers, described, 1)
                    }
                }
            }
        }
        // "Option 1 is ours" names the option before it; "for a trust like ours, in a joint committee" does not.
        // "ours" is the writer's whatever the subject: "NHS England's preferred option is, on balance, ours too".
        for at in words.positions(of: "ours")
        where !listsArguments && !Attribution.reportsOthers(words, before: at)
            && !StancePatterns.isNegated(tokens, before: at)
        {
            if let target = subject(before: at, in: tokens, mentions: mentions) {
                add(.prefers, target.option, 2, target.naming)
            } else if at + 1 < tokens.count, tokens[at + 1] == "is",
                let target = vocabulary.object(after: at + 2, in: tokens, mentions: mentions, limit: 4)
            {
                // "If we're picking horses, ours is the second one".
                add(.prefers, target.option, 2, target.naming)
            } else if let previous, mentions.isEmpty,
                tokens[..<at].filter({ !["also", "too", "equally"].contains($0) }).suffix(2) == ["it", "is"]
            {
                // "Option 2 is NHS England's preferred option. It is also ours."
                add(.prefers, previous, 1)
            }
        }
        for phrase in Self.preferences where !listsArguments {
            for at in words.positions(of: phrase) {
                let end = at + phrase.words.count
                guard Attribution.isWriters(words, verbAt: at), !Attribution.namesOthersAfter(words, verbEnd: end),
                    !Self.isExpected(tokens, before: at)
                else {
                    if let reported = mentions.first(where: { $0.start >= end && $0.start < end + 12 }) {
                        let target = vocabulary.object(after: end, in: tokens, mentions: mentions, limit: 12)
                        let negated = StancePatterns.isNegated(tokens, before: at)
                        add(.reported, negated ? nil : (target ?? reported).option, 0)
                    }
                    continue
                }
                // "We'd rather see a statutory body emerge later than have one imposed now": when, not which.
                if phrase.words.contains("rather"), words.containsAny(Self.timings) { continue }
                // "abolishing CCGs in favour of an ICS body" replaces one thing with another; it prefers nothing.
                let opening = phrase.words.first == "favour" && at > 0 && tokens[at - 1] == "in" ? at - 1 : at
                if tokens[opening] == "in", phrase.words.contains("favour"),
                    tokens[max(0, opening - 3)..<opening].contains(where: { Self.replacements.contains($0) })
                {
                    continue
                }
                // "We would support it in preference to a corporate NHS body": what follows is not preferred.
                if end < tokens.count, tokens[end] == "to", phrase.words == ["preference"] { continue }
                // "The choice is between a corporate NHS body … and a statutory committee …" states no choice, but
                // "our preference between the two legislative models is Option 2" does, after its "is".
                if end < tokens.count, tokens[end] == "between" {
                    let copula = tokens[end..<min(tokens.count, end + 10)].firstIndex(of: "is")
                    if let copula, !mentions.contains(where: { $0.start >= end && $0.start < copula }),
                        !tokens[end..<copula].contains(where: { [".", ";", ":", "and"].contains($0) }),
                        let target = vocabulary.object(after: copula + 1, in: tokens, mentions: mentions, limit: 4)
                    {
                        add(.prefers, target.option, 2, target.naming)
                    }
                    continue
                }
                // "… is the better answer is not something we can say": "is" then "not" negates.
                // "Nor should this be read as support for Option 1": a sentence opened by "Nor" negates its clause.
                let negated =
                    StancePatterns.isNegated(tokens, before: at) || Self.isDoubted(words, before: at)
                    || (phrase.words.last == "is" && end < tokens.count && tokens[end] == "not")
                    || (tokens.first == "nor" && !tokens[..<at].contains(where: Words.isMark))
                    // "Nothing in this e-mail should be read as support for the joint committee model instead."
                    || (tokens.first == "nothing" && !tokens[..<at].contains(where: Words.isMark)
                        && Self.readings.contains { words.first($0, in: 0..<at) != nil })
                if end < tokens.count, tokens[end] == "neither", !negated,
                    !Self.namesScaleMiddle(tokens, after: end + 1)
                {
                    add(.neither, nil, 2)
                    continue
                }
                // "… should not be read as backing either one" beside "has not taken a position" declines to choose.
                if end < tokens.count, ["either", "any", "both"].contains(tokens[end]), negated {
                    if !declines { add(.neither, nil, 2) }
                    continue
                }
                let named = Set(mentions.filter { $0.start >= end && $0.start < end + 8 }.map(\.option))
                // "We do not express a preference between the statutory committee and the statutory NHS body".
                if negated, named.count >= 2, declines {
                    continue
                }
                if negated, named.count >= 2 {
                    add(.neither, nil, 2)
                    continue
                }
                // "Our own preference, shared by the panel, is for the committee-based arrangement": past an aside.
                var object = Self.skippingAside(tokens, after: end, length: 8) ?? end
                // "Our board came down, after a long discussion and not unanimously, on the first of the two
                // models", "came down clearly for the latter": only a landing "on" or "for" something is a choice.
                if Self.landings.contains(phrase) {
                    if object + 1 < tokens.count, tokens[object].hasSuffix("ly") { object += 1 }
                    guard object < tokens.count, ["on", "for"].contains(tokens[object]) else { continue }
                }
                if let target = vocabulary.object(
                    after: object, in: tokens, mentions: mentions, limit: negated ? 8 : 16)
                {
                    add(negated ? .rejects : .prefers, target.option, 2, target.naming)
                } else if end < tokens.count, Self.pronouns.contains(tokens[end]),
                    // "our answer is that we neither agree nor disagree": "that" opens a clause, it names nothing.
                    tokens[end] != "that" || end + 1 == tokens.count || Words.isMark(tokens[end + 1])
                        || Self.arrangements.contains(tokens[end + 1]) || tokens[end + 1] == "one",
                    !["want", "wants"].contains(phrase.words.last),
                    let target = mentions.last(where: { $0.end <= at })?.option ?? previous
                {
                    add(negated ? .rejects : .prefers, target, 1, .description)
                } else if !negated,
                    let target = subject(
                        before: at, in: Self.writerForPronoun(tokens, before: at), mentions: mentions,
                        previous: previous, earlier: earlier)
                {
                    // An option taken from an earlier sentence ("It is the model we support") is less certain.
                    add(.prefers, target.option, mentions.contains(target) ? 2 : 1, target.naming)
                }
            }
        }
        if !listsArguments, let rather = ratherChoice(in: words, mentions: mentions),
            !signals.contains(where: { $0.kind == .prefers })
        {
            add(.prefers, rather.option, rather.weight)
        }
        // "It is the one NHS body that I would choose", "it is the single ICS body that the Board would wish to
        // see in legislation": an option singled out by "it is … that", then the writer's verb.
        for mention in mentions + vocabulary.cleftOrdinals(in: tokens)
        where !listsArguments && mention.end + 2 < tokens.count {
            // "it is the statutory committee, which leaves each trust an employer in its own right, that our
            // members can live with": a relative clause between commas may come between the option and "that".
            // "the second –" takes its dash with it.
            var after = tokens[mention.end - 1] == "–" ? mention.end - 1 : mention.end
            // "it is the former, the statutory ICS board constituted as a joint committee with a system accountable
            // officer, that the County Council supports": so may a gloss that names no other option.
            if tokens[after] == ",", after + 1 < tokens.count,
                ["which", "who", "the", "a", "an"].contains(tokens[after + 1]),
                let closing = tokens[(after + 1)..<min(tokens.count, after + 30)].firstIndex(where: {
                    $0 == "," || $0 == "." || $0 == ";"
                }), tokens[closing] == ",", closing + 1 < tokens.count, tokens[closing + 1] == "that",
                ["which", "who"].contains(tokens[after + 1])
                    || !mentions.contains(where: {
                        $0.start > after && $0.start < closing && $0.option != mention.option
                    })
            {
                after = closing + 1
            }
            // "it is the second – the ICS body – that we would support": a gloss between dashes.
            if tokens[after] == "–",
                let closing = tokens[(after + 1)..<min(tokens.count, after + 10)].firstIndex(of: "–"),
                closing + 1 < tokens.count, tokens[closing + 1] == "that"
            {
                after = closing + 1
            }
            // "it is Option 2 we would choose": the writer straight after the option, without "that".
            let direct = ["we", "i"].contains(tokens[after])
            guard ["that", "which"].contains(tokens[after]) || direct,
                let copula = tokens[max(0, mention.start - 3)..<mention.start].lastIndex(where: { $0 == "is" }),
                copula >= 1, ["it", "this"].contains(tokens[copula - 1]),
                !tokens[copula..<mention.start].contains(where: { $0 == "not" || Words.isMark($0) })
            else { continue }
            let clause = tokens[(direct ? after : after + 1)..<min(tokens.count, after + 8)]
            guard let verb = clause.firstIndex(where: { Self.clefted.contains($0) }),
                !clause[..<verb].contains(where: { $0 == "not" || Words.isMark($0) }),
                Attribution.isWriters(words, verbAt: verb), !StancePatterns.isNegated(tokens, before: copula)
            else { continue }
            add(.prefers, mention.option, 2, mention.naming)
        }
        // "What we want to see is a statutory board constituted as a joint committee", "the arrangement we would
        // wish to see written into law is a statutory system board": the option after "is".
        for at in tokens.indices where !listsArguments && at + 2 < tokens.count {
            let wanted =
                tokens[at] == "what" || (at > 0 && tokens[at - 1] == "the" && Self.arrangements.contains(tokens[at]))
            // "The arrangement this Council supports is …": the writer named as a body.
            let named = at + 3 < tokens.count && OptionVocabulary.theModelWe(tokens, verb: at + 3) == at
            let verb = named ? at + 3 : at + 2
            guard wanted, ["we", "i"].contains(tokens[at + 1]) || named,
                let copula = tokens[verb..<min(tokens.count, verb + 10)].firstIndex(of: "is"),
                Self.wishes.contains(tokens[verb]),
                !tokens[verb..<copula].contains(where: { Words.isMark($0) || $0 == "not" }),
                tokens[at] != "what" || tokens[verb..<copula].allSatisfy({ Self.wishes.contains($0) }),
                Attribution.isWriters(words, verbAt: at),
                let target = vocabulary.object(after: copula + 1, in: tokens, mentions: mentions, limit: 16)
            else { continue }
            add(.prefers, target.option, 2, target.naming)
        }
        // "Having weighed the arguments, we believe the system should become a single NHS body, created out of the
        // CCG": what the writer believes the system should become.
        for at in tokens.indices where !listsArguments && at >= 2 && at + 2 < tokens.count {
            guard ["should", "must"].contains(tokens[at]), ["become", "be"].contains(tokens[at + 1]),
                let belief = tokens[max(0, at - 9)..<(at - 1)].lastIndex(where: { Self.beliefs.contains($0) }),
                // "Our settled position, however, is that …": past a short aside.
                case let said = Self.skippingAside(tokens, after: belief + 1, length: 3) ?? belief + 1,
                said < at, !tokens[said..<at].contains(where: { Words.isMark($0) }),
                // "we believe the system should become …", "the CCG should be …", or whatever the clause after
                // "position is that" names: "our settled position is that Aldenmoor and Brantwood should be led by …".
                Self.systems.contains(tokens[at - 1]) || (tokens[at - 1] == "ccg" && tokens[at - 2] == "the")
                    || (said + 1 < at && tokens[said] == "is" && tokens[said + 1] == "that"),
                // "the Board's view is that the Lowmarsh and Selbury system should be …": a place's name may be long.
                at - said <= 8,
                Attribution.isWriters(words, verbAt: belief), !StancePatterns.isNegated(tokens, before: belief),
                // "should be ready for a single NHS body" is about timing; only "should be a single NHS body" counts.
                // "the CCG should be reconstituted as the statutory ICS body".
                case let made = at + 3 < tokens.count && Self.remakings.contains(tokens[at + 2])
                    && ["as", "into", "by"].contains(tokens[at + 3]) ? at + 4 : at + 2
            else { continue }
            if let target = mentions.first(where: { $0.start >= made }),
                tokens[made..<target.start].allSatisfy({ ["a", "an", "one", "the", "single", "new"].contains($0) })
            {
                add(.prefers, target.option, 2, target.naming)
            } else if mentions.isEmpty, ["a", "an"].contains(tokens[made]),
                let described = vocabulary.described(in: words)
            {
                // "the ICS should become a proper NHS organisation, taking over what the CCG does now, with a board, a
                // chair, a chief executive …": the model described rather than named.
                add(.prefers, described, 1)
            }
        }
        for phrase in Self.rejections where !listsArguments {
            for at in words.positions(of: phrase) where Attribution.isWriters(words, verbAt: at) {
                let end = at + phrase.words.count
                if let target = vocabulary.object(after: end, in: tokens, mentions: mentions, limit: 8) {
                    add(.rejects, target.option, 2, target.naming)
                }
            }
        }
        for phrase in Self.requests where !listsArguments {
            for at in words.positions(of: phrase) where Attribution.isWriters(words, verbAt: at) {
                guard !StancePatterns.isNegated(tokens, before: at) else { continue }
                // "That is the model we ask NHS England to recommend to the Government": the model named before.
                if OptionVocabulary.followsTheModelWe(tokens, verb: at),
                    let target = subject(
                        before: at, in: tokens, mentions: mentions, previous: previous, earlier: earlier)
                {
                    add(.prefers, target.option, mentions.contains(target) ? 2 : 1, target.naming)
                    continue
                }
                let window = (at + phrase.words.count)..<min(tokens.count, at + phrase.words.count + 10)
                // "We would ask that Option 1 be taken forward instead".
                if window.lowerBound < tokens.count, tokens[window.lowerBound] == "that",
                    let mention = mentions.first(where: { $0.start > window.lowerBound }),
                    mention.start - window.lowerBound <= 2, mention.end + 1 < tokens.count,
                    ["be", "is"].contains(tokens[mention.end]),
                    Self.requestedPassive.contains(where: {
                        words.first($0, in: (mention.end + 1)..<(mention.end + 3)) != nil
                    })
                {
                    add(.prefers, mention.option, 2, mention.naming)
                    continue
                }
                // "We therefore urge its adoption": the option last named.
                if let its = words.first("its adoption", in: window) ?? words.first("its implementation", in: window),
                    let target = mentions.last(where: { $0.end <= at })?.option ?? previous,
                    !tokens[window.lowerBound..<its].contains(where: { [".", ";"].contains($0) })
                {
                    add(.prefers, target, 1, .description)
                    continue
                }
                // "We would therefore urge the alternative: a statutory board of the existing organisations".
                if phrase.words.first == "urge",
                    let target = vocabulary.object(
                        after: at + phrase.words.count, in: tokens, mentions: mentions, limit: 6)
                {
                    add(.prefers, target.option, 2, target.naming)
                    continue
                }
                guard let verb = Self.firstRequested(in: words, window),
                    !tokens[window.lowerBound..<verb.start].contains(where: { [".", ";", "not"].contains($0) })
                else { continue }
                if let target = vocabulary.object(after: verb.end, in: tokens, mentions: mentions, limit: 16) {
                    add(.prefers, target.option, 2, target.naming)
                }
            }
        }
        // "R1. That the legislation adopt the first of the two models …": a resolution's recommendation, its verb
        // in the bare form the writer asks for.
        if tokens.first == "that", !listsArguments,
            let verb = Self.firstRequested(in: words, 2..<min(tokens.count, 7)),
            !tokens[1..<verb.start].contains(where: {
                Words.isMark($0) || ["is", "are", "was", "were", "not", "would", "should", "will"].contains($0)
            }),
            let target = vocabulary.object(after: verb.end, in: tokens, mentions: mentions, limit: 8)
        {
            add(.prefers, target.option, 2, target.naming)
        }
        for phrase in Self.comparisons {
            for at in words.positions(of: phrase) where Attribution.isWritersJudgement(words, at: at) {
                if let (option, naming) = compared(phrase, at: at, in: words, mentions: mentions, previous: previous) {
                    add(.prefers, option, 1, naming)
                }
            }
        }
        // "The Council's members favour the joint committee model; the CCG and the acute trust favour the statutory ICS
        // body": one group's preference set against another's, with no first person, reports both.
        let reportedOptions = Set(signals.filter { $0.kind == .reported }.compactMap(\.option))
        if !tokens.contains(where: { Attribution.firstPerson.contains($0) }),
            signals.contains(where: { $0.kind == .prefers && $0.option.map { !reportedOptions.contains($0) } ?? false }
            ),
            !reportedOptions.isEmpty
        {
            signals = signals.map { signal in
                var signal = signal
                if signal.kind == .prefers { signal.kind = .reported }
                return signal
            }
        }
        return signals
    }

    /// A form's item answered in one line: "Preferred option: 2.", "Which option do you prefer? - Option 2 (…)",
    /// "Supported model: statutory ICS body", "Not supported: joint committee", "Preferred option: None."
    func answerLine(_ tokens: [String], mentions: [OptionVocabulary.Mention]) -> (
        kind: Signal.Kind, option: String?, naming: OptionVocabulary.Naming
    )? {
        var start = 0
        for boundary in tokens.indices where [":", "?"].contains(tokens[boundary]) {
            defer { start = boundary + 1 }
            let key = tokens[start..<boundary]
            // "Governance model: the corporate body.", "Our answer to the central question is short: option one, not
            // option two.": a heading that only names the subject needs the option to stand alone after it.
            let headed = key.contains(where: { Self.answerKeys.contains($0) })
            // "Response on governance:" opens the writer's own answer; "The system response:" reports another's.
            guard key.count <= 10, headed || key.contains(where: { Self.answerHeadings.contains($0) }),
                !key.enumerated().contains(where: { offset, word in
                    Attribution.otherWords.contains(word) && !(offset == 0 && word == "response")
                })
            else { continue }
            var after = boundary + 1
            while after < tokens.count,
                ["–", "-", ":"].contains(tokens[after])
                    || (tokens[after] == "a" && after + 1 < tokens.count && tokens[after + 1] == ":")
            {
                after += 1
            }
            // "Response on governance: of the options, the second."
            if let among = Self.among.first(where: { tokens[after...].starts(with: $0.words) }) {
                after += among.words.count
            }
            guard after < tokens.count else { return nil }
            let rejected = key.contains("not")
            if let mention = mentions.first(where: { $0.start >= after }), mention.start - after <= 2,
                tokens[after..<mention.start].allSatisfy({ ["the", "a", "an"].contains($0) }),
                headed || mention.end == tokens.count || [".", ",", ";", "("].contains(tokens[mention.end])
            {
                return (rejected ? .rejects : .prefers, mention.option, mention.naming)
            }
            guard headed else { continue }
            if let number = ["1": 0, "one": 0, "2": 1, "two": 1][tokens[after]], !rejected,
                vocabulary.options.indices.contains(number),
                after + 1 == tokens.count || Words.isMark(tokens[after + 1])
            {
                return (.prefers, vocabulary.options[number].id, .number)
            }
            if ["none", "neither"].contains(tokens[after]), !rejected, !Self.namesScaleMiddle(tokens, after: after + 1)
            {
                return (.neither, nil, .description)
            }
            return nil
        }
        return nil
    }

    /// Words of a form's item asking for the preferred model.
    static let answerKeys: Set<String> = [
        "preferred", "preference", "prefer", "choice", "supported", "favoured",
        // "Other (please specify): The statutory committee with a system accountable officer …".
        "specify",
    ]
    /// Words of a heading that names what is being answered without asking for a preference: "Governance model:".
    static let answerHeadings: Set<String> = ["answer", "governance", "model"]
    /// What may stand between such a heading and the option: "of the options, the second".
    static let among: [Phrase] = ["of the options ,", "of the two ,", "of the two models ,", "of the two options ,"]

    /// "We do not agree that Option 2 is the better model", "It is not obvious to us that Option 2 is better", "That
    /// is not to say we endorse Option 1": a judgement or preference at `at` inside a clause the writer doubts or
    /// denies.
    static func isDoubted(_ words: Words, before at: Int) -> Bool {
        let tokens = words.tokens
        for phrase in doubts {
            guard let start = words.first(phrase, in: 0..<at) else { continue }
            let between = tokens[(start + phrase.words.count)..<at]
            if !between.contains(where: { clauseBreaks.contains($0) }) { return true }
        }
        return false
    }

    static let doubts: [Phrase] = [
        "not agree that", "not accept that", "not convinced that", "not persuaded that", "not obvious",
        "not clear that", "not think that", "not believe that", "doubt that", "doubt whether", "not to say",
        "not mean that", "not mean we", "not mean i", "none of this", "none of that", "none of which",
        // "… ought not to be taken as support for the joint committee".
        "not to be taken as", "not be taken as", "not to be read as", "not be read as", "not to be seen as",
        "not be seen as",
        // "we found nothing to show that a committee-based arrangement is better at securing collaboration".
        "nothing to show that", "nothing to suggest that", "no evidence that", "nothing to prove that",
        // "we have not concluded that it is the better of the two".
        "not concluded that", "not satisfied that",
    ]
    /// Words that end the doubted clause: "we do not think Option 1 would work, and so prefer Option 2".
    static let clauseBreaks: Set<String> = [",", ";", ".", ":", "but", "so", "and", "therefore", "however"]

    /// "The partnership board is expected to back the corporate NHS body": a preference foretold, not held.
    static func isExpected(_ tokens: [String], before at: Int) -> Bool {
        // "… it expects the national union to lean towards Option 2".
        // "We expect to support Option 1" is the writer's own, if tentative.
        guard at >= 2, tokens[at - 1] == "to",
            !tokens[max(0, at - 4)..<at].contains(where: { ["we", "i"].contains($0) })
        else { return false }
        if ["likely", "set", "due", "poised"].contains(tokens[at - 2]) { return true }
        // "is expected to back", or the expectation a few words before: "expects the national union to lean".
        let clause = tokens[max(0, at - 7)..<(at - 1)]
        guard let expects = clause.lastIndex(where: { ["expects", "expected", "expect"].contains($0) }) else {
            return false
        }
        return !clause[expects...].contains(where: { Words.isMark($0) })
    }

    /// "The Council has concluded that the second model, …, is the one it prefers": where the verb before `at`
    /// has "it" for its subject and the first body the sentence names is the writer, the tokens with "it" read as
    /// "we"; otherwise the tokens unchanged ("NHS England sets out two models; the second is the one it prefers").
    static func writerForPronoun(_ tokens: [String], before at: Int) -> [String] {
        guard at >= 1, tokens[at - 1] == "it", Attribution.itIsWriter(tokens, before: at - 1) == true else {
            return tokens
        }
        var replaced = tokens
        replaced[at - 1] = "we"
        return replaced
    }

    /// The option a comparison at `at` ("makes more sense", "is the better", "better served by") is said of, and
    /// how it was named (at most by position: a comparison is never as sure as a preference stated outright).
    /// Each way a comparison's subject can be found is tried in turn, nearest first.
    func compared(
        _ phrase: Phrase, at: Int, in words: Words, mentions: [OptionVocabulary.Mention], previous: String?
    ) -> (option: String, naming: OptionVocabulary.Naming)? {
        let tokens = words.tokens
        let end = at + phrase.words.count
        guard !StancePatterns.isNegated(tokens, before: at), !Self.isDoubted(words, before: at) else { return nil }
        // "Option 2 is preferred by NHS England" is someone else's.
        if phrase.words.last == "preferred", end < tokens.count, tokens[end] == "by" { return nil }
        func found(_ mention: OptionVocabulary.Mention) -> (String, OptionVocabulary.Naming) {
            (mention.option, min(mention.naming, .position))
        }
        // "would be better served if the CCG's statutory functions passed to a new NHS body": what follows.
        if ["by", "if"].contains(phrase.words.last) {
            let stop =
                tokens[end...].firstIndex(where: { [".", ";", "but", "rather", "than", "while"].contains($0) })
                ?? tokens.count
            let named = mentions.filter { $0.start >= end && $0.start < stop }
            guard let first = named.first, Set(named.map(\.option)).count == 1 else { return nil }
            return found(first)
        }
        // Only what stands right before the comparison is compared: "the second one makes more sense",
        // "I consider it the more coherent".
        let before = Self.skippingAside(tokens, before: at)
        if let target = mentions.last(where: { $0.end <= before && before - $0.end <= 3 })
            ?? Self.subjectWithGloss(tokens, before: before, mentions: mentions)
        {
            return found(target)
        }
        // "The lesser of two evils, for us, is the statutory ICS body", "the better of the two models is the one that
        // re-purposes the CCG".
        let noun = end < tokens.count && ["models", "options"].contains(tokens[end]) ? end + 1 : end
        if let verb = Self.skippingAside(tokens, after: noun), verb < tokens.count, tokens[verb] == "is",
            mentions.allSatisfy({ $0.end > at })
        {
            if let target = vocabulary.object(after: verb + 1, in: tokens, mentions: mentions, limit: 8) {
                return found(target)
            }
        }
        if let target = Self.subjectAcrossAside(tokens, before: at, mentions: mentions)
            ?? Self.judgedSubject(tokens, before: at, mentions: mentions)
            ?? Self.betterToChoose(tokens, at: at, length: phrase.words.count, mentions: mentions)
            ?? Self.considered(words, before: at, mentions: mentions)
        {
            return found(target)
        }
        // "I consider it the better": the option last named.
        guard tokens[max(0, at - 3)..<at].contains(where: { Self.pronouns.contains($0) }),
            let target = mentions.last(where: { $0.end <= at })?.option ?? previous
        else { return nil }
        return (target, .description)
    }

    /// The option a writer "considers" or "regards" to be, or as, what the comparison at `at` says: "we consider
    /// the model that re-purposes CCGs … to be the more coherent basis", "we regard Option 1 as the better".
    static func considered(_ words: Words, before at: Int, mentions: [OptionVocabulary.Mention])
        -> OptionVocabulary.Mention?
    {
        let tokens = words.tokens
        var link = at
        while link > 0, ["the", "a"].contains(tokens[link - 1]) { link -= 1 }
        let linked =
            (link >= 2 && tokens[link - 2] == "to" && tokens[link - 1] == "be")
            || (link >= 1 && tokens[link - 1] == "as")
        guard linked,
            let verb = tokens[..<link].lastIndex(where: { Self.considering.contains($0) }),
            !tokens[verb..<link].contains(where: { [".", ";", ":"].contains($0) }),
            Attribution.isWriters(words, verbAt: verb), !StancePatterns.isNegated(tokens, before: verb),
            let target = mentions.first(where: { $0.start > verb && $0.end <= link }),
            Set(mentions.filter { $0.start > verb && $0.end <= link }.map(\.option)).count == 1
        else { return nil }
        return target
    }

    /// The option a comparison is said of across a gloss between dashes and a linking verb: "the second one –
    /// doing away with the CCG … – seems to me far the better of the two".
    static func judgedSubject(_ tokens: [String], before at: Int, mentions: [OptionVocabulary.Mention])
        -> OptionVocabulary.Mention?
    {
        var position = at
        while position > 0, Self.linking.contains(tokens[position - 1]) { position -= 1 }
        guard position < at, position > 0, tokens[position - 1] == "–",
            let opening = tokens[max(0, position - 40)..<(position - 1)].lastIndex(of: "–"),
            !tokens[(opening + 1)..<(position - 1)].contains(where: { [".", ";", ":"].contains($0) })
        else { return nil }
        return mentions.last { $0.end == opening || ($0.end < opening && opening - $0.end <= 1) }
    }

    /// The option named just before a gloss that starts with "with" and runs up to the verb before the comparison
    /// at `before`: "the corporate NHS body with its own chair, chief executive and finance director is the better
    /// long-term arrangement".
    static func subjectWithGloss(_ tokens: [String], before: Int, mentions: [OptionVocabulary.Mention])
        -> OptionVocabulary.Mention?
    {
        // The comparison may start with its verb ("is the better") or follow it ("… seems more sensible").
        let verb = before < tokens.count && tokens[before] == "is" ? before : before - 1
        guard verb > 0, ["is", "seems", "be"].contains(tokens[verb]),
            let target = mentions.last(where: { $0.end < verb }), target.end < tokens.count,
            tokens[target.end] == "with", verb - target.end <= 12,
            !tokens[target.end..<verb].contains(where: {
                [".", ";", ":", "is", "are", "which", "that", "but", "than"].contains($0)
            })
        else { return nil }
        return target
    }

    /// The option named just before a long aside between commas that ends right before the comparison at `at`:
    /// "an NHS body in its own right, taking over the functions of the CCG and governed by its own board, is the
    /// better vehicle". No other option may be named in the aside.
    static func subjectAcrossAside(_ tokens: [String], before at: Int, mentions: [OptionVocabulary.Mention])
        -> OptionVocabulary.Mention?
    {
        guard at >= 2, tokens[at - 1] == ",",
            let mention = mentions.last(where: { $0.end < at - 1 && tokens[$0.end] == "," }),
            at - mention.end <= 30,
            !tokens[mention.end..<(at - 1)].contains(where: { [".", ";", ":"].contains($0) }),
            !mentions.contains(where: { $0.start > mention.start && $0.start < at && $0.option != mention.option })
        else { return nil }
        return mention
    }

    static let linking: Set<String> = [
        "the", "a", "is", "seems", "seem", "appears", "to", "me", "us", "far", "much", "by", "clearly", "plainly",
    ]

    /// "It is better to fold the CCG's functions into one statutory NHS body … than to keep the CCG going": the one
    /// option named between "better to" and "than".
    static func betterToChoose(_ tokens: [String], at: Int, length: Int, mentions: [OptionVocabulary.Mention])
        -> OptionVocabulary.Mention?
    {
        let end = at + length
        guard tokens[at..<end].contains("better"), end < tokens.count, tokens[end] == "to",
            let than = tokens[end..<min(tokens.count, end + 40)].firstIndex(of: "than"),
            !tokens[end..<than].contains(where: { [".", ";", "not"].contains($0) })
        else { return nil }
        let named = mentions.filter { $0.start > end && $0.end <= than }
        guard let first = named.first, Set(named.map(\.option)).count == 1 else { return nil }
        return first
    }

    static let considering: Set<String> = [
        "consider", "considers", "regard", "regards", "judge", "judges", "find", "finds",
    ]

    /// "Option 1 is our preference", "the alternative, a statutory ICS body …, is the model we support": the
    /// option named before "is our …" or "is the model we …".
    func subject(
        before at: Int, in tokens: [String], mentions: [OptionVocabulary.Mention], previous: String? = nil,
        earlier: String? = nil
    ) -> OptionVocabulary.Mention? {
        if let mention = mentions.last(where: { $0.end <= at }), at - mention.end <= 4,
            tokens[mention.end..<at].contains(where: { ["is", "remains", "be", "are"].contains($0) })
        {
            return mention
        }
        // "…, is the model we support": the clause before the verb names the option, then says it is the one.
        guard let noun = OptionVocabulary.theModelWe(tokens, verb: at) else { return nil }
        // "the second of the two models, and the one the Board favours": a gloss on the option just named.
        if noun >= 3, tokens[noun - 1] == "the", tokens[noun - 2] == "and", tokens[noun - 3] == ",",
            let mention = mentions.last(where: { $0.end <= noun - 3 }), noun - 3 - mention.end <= 1,
            Set(mentions.filter { $0.end <= noun - 3 }.map(\.option)).count == 1
        {
            return mention
        }
        var copula = tokens[noun] == "what" ? noun - 1 : noun - 2
        // "… is also the one our trustees would choose".
        if copula >= 1, ["also", "therefore", "equally"].contains(tokens[copula]) { copula -= 1 }
        guard copula >= 0, tokens[noun] == "what" || tokens[noun - 1] == "the",
            ["is", "remains"].contains(tokens[copula])
        else { return nil }
        // "It is the option we would choose", "That is the option the Partnership supports": the option the
        // sentence named before, or the one last named, if the sentence names only one.
        if copula > 0, Self.pronouns.contains(tokens[copula - 1]) {
            let before = Set(mentions.filter { $0.end <= copula }.map(\.option))
            if before.count > 1 { return nil }
            if let mention = mentions.last(where: { $0.end <= copula }) { return mention }
            return previous.map {
                OptionVocabulary.Mention(option: $0, start: copula - 1, end: copula, naming: .description)
            }
        }
        // "This model is the one the Trust supports": the model last named.
        if copula >= 2, ["this", "that"].contains(tokens[copula - 2]),
            ["model", "option", "approach"].contains(tokens[copula - 1]),
            !mentions.contains(where: { $0.end <= copula })
        {
            return (previous ?? earlier).map {
                OptionVocabulary.Mention(option: $0, start: copula - 2, end: copula, naming: .description)
            }
        }
        // "the second is the one we can support": a position named with its "is".
        guard let clause = mentions.first(where: { $0.end <= copula + 1 }),
            !tokens[clause.start..<copula].contains(where: { [".", ";", "not"].contains($0) })
        else { return nil }
        return clause
    }

    func decide(_ signals: [Signal], _ sentences: [LetterSentence]) -> Inference? {
        var score: [String: Double] = [:]
        for signal in signals {
            guard let option = signal.option else { continue }
            switch signal.kind {
            case .prefers: score[option, default: 0] += signal.weight
            case .rejects: score[option, default: 0] -= signal.weight / 2
            default: break
            }
        }
        let prefers = signals.filter { $0.kind == .prefers }
        let ranked = score.filter { $0.value > 0 }.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
        if let (winner, top) = ranked.first, !prefers.isEmpty {
            let runnerUp = ranked.dropFirst().first?.value ?? 0
            if runnerUp >= top * 0.75 { return nil }
            let support = prefers.filter { $0.option == winner }.sorted { $0.weight > $1.weight }
            guard let best = support.first else { return nil }
            let reported = signals.contains { $0.kind == .reported }
            let conflicted = runnerUp > 0 || signals.contains { $0.kind == .rejects && $0.option == winner }
            let rejectsBoth = signals.contains { $0.kind == .neither }
            var confidence: Confidence = .medium
            // "The Board therefore offers no preference of its own": a preference read elsewhere is in doubt.
            let declined = signals.contains { $0.kind == .declines }
            if best.weight < 2 || conflicted || declined {
                confidence = .low
            } else if best.naming == .number, !best.hedged, !best.forced, !reported, !rejectsBoth {
                confidence = .high
            }
            let evidence = Array(Set(support.prefix(2).map(\.sentence))).sorted().map { sentences[$0].text }
            return Inference(choice: winner, confidence: confidence, evidence: evidence)
        }
        var neither = signals.filter { $0.kind == .neither }
        // "We oppose the re-purposing of CCGs …, and we equally oppose the alternative": both rejected, none preferred.
        let rejected = Set(signals.filter { $0.kind == .rejects }.compactMap(\.option))
        if neither.isEmpty, prefers.isEmpty, rejected.count >= 2, rejected.count == vocabulary.options.count {
            neither = signals.filter { $0.kind == .rejects }
        }
        if let neitherOption = vocabulary.neither, let first = neither.first {
            let declined = signals.contains { $0.kind == .declines }
            let explicit = first.kind == .neither
            // "We do not support Option 2, and that is not support for Option 1: we have no preference" rejects each
            // in turn but declines to choose, which is not rejecting both.
            if declined, !explicit { return nil }
            // Two phrases of one sentence ("can't support either") are one statement; high needs two sentences.
            let sentencesRejecting = Set(neither.map(\.sentence)).count
            let confidence: Confidence = declined || !explicit ? .low : (sentencesRejecting > 1 ? .high : .medium)
            let evidence = Array(Set(neither.prefix(2).map(\.sentence))).sorted().map { sentences[$0].text }
            return Inference(choice: neitherOption.id, confidence: confidence, evidence: evidence)
        }
        return nil
    }
}
