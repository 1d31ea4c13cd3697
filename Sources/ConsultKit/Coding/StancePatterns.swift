/// The ways a letter takes a side on a proposition, and the conditions it attaches.
///
/// These are English phrases, not tied to one questionnaire: the questionnaire decides which question a
/// sentence is about (its cues) and which answer a side becomes (its scale's sides).
enum StancePatterns {
    /// A side of an agree/disagree question.
    enum Side: String, Sendable, Hashable {
        case agree, disagree, neutral
    }

    /// How a phrase takes its side.
    enum Kind: Sendable, Hashable {
        /// "We agree", "the Panel disagrees": needs the writer as its subject; "not" before it reverses it.
        case verb
        /// "We support", "we oppose": as `verb`, but when its object names an option the sentence is about the option.
        case preference
        /// "…is sensible", "…is the right foundation": the writer's own judgement unless reported.
        case judgement
        /// "neither agree nor disagree", "no view".
        case neutral
        /// "We welcome…": counts only where the sentence itself names the question's topic, since letters
        /// also welcome opportunities, briefings and meetings.
        case weak
        /// "We do not believe Option 2 would give a stronger reason to collaborate": belief or doubt in a claimed
        /// improvement. Like `weak`, it counts only where the sentence names the question's topic, and an option
        /// named after it is what the claim is about, not a choice.
        case claim
    }

    /// One phrase that takes a side.
    struct Pattern: Sendable, Hashable {
        var phrase: Phrase
        var side: Side
        var kind: Kind
        /// How much the phrase says: an explicit "we agree" says more than "makes sense".
        var weight: Double
    }

    /// A side taken in one sentence.
    struct Cue: Sendable, Hashable {
        var side: Side
        var kind: Kind
        var weight: Double
        /// The token where the phrase starts, and the token after it.
        var start: Int
        var end: Int
    }

    static let patterns: [Pattern] = {
        var patterns: [Pattern] = []
        func add(_ phrases: [String], _ side: Side, _ kind: Kind, _ weight: Double) {
            patterns += phrases.map { Pattern(phrase: Phrase($0), side: side, kind: kind, weight: weight) }
        }
        add(
            [
                "neither agree nor disagree", "neither agrees nor disagrees", "no view", "no strong view",
                "no firm view",
                "no settled view", "no particular view", "are neutral", "is neutral", "remain neutral",
                "neither support nor oppose", "neither supports nor opposes", "not have a view", "no opinion",
                "no strong opinion", "takes no position", "take no position", "not convinced either way",
                "not persuaded either way", "no view either way", "undecided", "a neutral response",
                "neither accept nor reject", "neither accepts nor rejects",
                "a neutral position", "a neutral view", "a neutral stance", "a neutral answer", "neutral on",
                "a neutral one", "neither endorse nor dispute", "neither endorses nor disputes", "no strong feelings",
                "no strong feeling", "no particular feelings",
            ], .neutral, .neutral, 3)
        // "We are persuaded by the case for …"; "nor are we persuaded" is negated like "agree".
        add(
            ["agree", "agreed", "concur", "accept", "answer is yes", "persuaded", "convinced", "in agreement"], .agree,
            .verb, 3)
        add(["answer is no"], .disagree, .verb, 3)
        // "The Board does not share the view, at paragraph 3.26, that the corporate NHS body would provide …":
        // counts only where the view itself carries the question's words, like "welcome".
        add(["share the view", "share that view", "share this view", "shares the view"], .agree, .weak, 3)
        add(
            [
                "disagree", "disagreed", "not persuaded", "not convinced", "unconvinced", "less persuaded",
                "less convinced", "see no case for", "sees no case for",
            ],
            .disagree, .verb, 3)
        // "We dispute in particular the claim …": the verb, not "a dispute between partners".
        add(
            [
                "dispute the", "dispute that", "dispute this", "dispute in particular", "disputes the", "disputes that",
                "strongly dispute", "would dispute", "challenge the claim", "question the claim",
                "challenge the assertion", "question the assertion",
            ], .disagree, .verb, 3)
        add(
            [
                "support", "supportive", "in favour", "endorse", "are content for", "is content for", "am content for",
                "all for it", "all for this", "all for that",
            ],
            .agree, .preference, 2)
        add(
            ["oppose", "opposed to", "object to", "reject", "am against", "are against", "is against"], .disagree,
            .preference, 2)
        add(["welcome", "welcomes"], .agree, .weak, 1.5)
        add(
            [
                "is premature", "not the right time", "the wrong time", "is the wrong", "is a mistake",
                "would be a mistake",
                "is misguided", "is unnecessary", "a distraction", "unproven", "is overstated",
                "case has not been made",
                "not been made out", "not borne out",
                // "The claim that a single body … will collaborate more … is wishful thinking."
                "is wishful thinking", "is back to front",
            ], .disagree, .judgement, 1.5)
        // "Our members do not recognise it", said of an argument; not "decisions that the law does not recognise".
        add(
            [
                "we do not recognise", "i do not recognise", "members do not recognise", "we cannot recognise",
                "we did not recognise", "members did not recognise",
            ], .disagree, .verb, 3)
        add(
            [
                "is sensible", "seems sensible", "be sensible", "is the right call", "the right thing to do",
                "is the right thing", "is the right approach", "the right foundation", "makes sense", "is right",
                "a reasonable next step", "is the right way", "the right direction", "is reasonable", "is welcome",
                "potentially , but", "case has been made", "makes the case", "makes that case", "made the case",
                "makes its case", "made its case",
                // "it should be up to each system to decide who sits round the table".
                "should be up to each system", "leave it to each system",
                // "each system should settle its own membership", "local flexibility is fine by us". Not "should be free
                // to decide", which letters quote from the proposal before opposing it.
                "should settle its own", "is for each system to", "fine by us",
                "fine by me", "relaxed about",
            ], .agree, .judgement, 1.5)
        return patterns
    }()

    /// "The right foundation is staff, beds and funding": a judgement phrase as the subject, saying what would be
    /// right instead, not judging the proposal.
    private static func namesWhatIs(_ tokens: [String], pattern: Pattern, at start: Int) -> Bool {
        guard pattern.kind == .judgement, tokens[start] == "the", start == 0 || [",", ":"].contains(tokens[start - 1])
        else { return false }
        let end = start + pattern.phrase.words.count
        return end < tokens.count && ["is", "lies", "remains", "are"].contains(tokens[end])
    }

    /// Words that open a point in a sequence: "First, yes, …", "Finally, on direct commissioning, …".
    static let sequence: Set<String> = [
        "first", "firstly", "second", "secondly", "third", "thirdly", "fourth", "fourthly", "finally", "lastly", "next",
    ]

    /// Words that open a sentence stating a condition or a supposition rather than a position.
    static let suppositions: Set<String> = [
        "if", "unless", "without", "should", "were", "whether", "whichever", "whatever",
    ]

    /// The side the writer takes in a sentence, at its first phrase that takes one; `nil` for questions,
    /// suppositions ("If that duty is lost, we would not support it") and views reported from others.
    static func cue(in words: Words) -> Cue? {
        let tokens = words.tokens
        guard let first = tokens.first, !suppositions.contains(first), tokens.last != "?" else { return nil }
        var best: Cue?
        func consider(_ cue: Cue) {
            guard let current = best else {
                best = cue
                return
            }
            if cue.start < current.start || (cue.start == current.start && cue.end > current.end) { best = cue }
        }
        for pattern in patterns {
            for start in words.positions(of: pattern.phrase)
            where !isProcedural(tokens, pattern: pattern, at: start)
                && !namesWhatIs(tokens, pattern: pattern, at: start)
            {
                var side = pattern.side
                let doubted = pattern.kind == .judgement && doubts.contains { words.first($0, in: 0..<start) != nil }
                if pattern.kind != .neutral, isNegated(tokens, before: start) || doubted {
                    guard side == .agree else { continue }
                    side = .disagree
                }
                let writers =
                    pattern.phrase.words.first?.hasPrefix("share") == true
                    ? sharesAsWriter(tokens, at: start)
                    : pattern.kind == .judgement
                        ? Attribution.isWritersJudgement(words, at: start) : Attribution.isWriters(words, verbAt: start)
                guard writers else { continue }
                // "we are not convinced by the opposite argument, that …": a side on the claim against the question's;
                // "we aren't convinced that either model would change that much": a doubt about both models alike.
                let end = start + pattern.phrase.words.count
                let object = tokens[end..<min(tokens.count, end + 4)]
                // "What members did agree on is that …": agreement among the members, not with the proposal.
                if pattern.phrase.words.last?.hasPrefix("agree") == true, let next = object.first,
                    ["on", "about", "upon"].contains(next), tokens[max(0, start - 4)..<start].contains("what")
                {
                    continue
                }
                // "practice resilience support must stay in national hands": "support" is a noun for something else
                // here; "that support is contingent on …" and "the Council's support is …" are the writer's.
                if pattern.kind == .preference, let next = object.first, nounFollowers.contains(next), start > 0,
                    !supportHolders.contains(tokens[start - 1]), !Attribution.writerWords.contains(tokens[start - 1])
                {
                    continue
                }
                // "our support for the model does not rest on it": a preference between the models, not a side.
                if pattern.kind == .preference, object.first == "for",
                    object.contains(where: { ["model", "models"].contains($0) })
                {
                    continue
                }
                if object.contains(where: { ["opposite", "contrary"].contains($0) })
                    || (side == .disagree && object.contains(where: { ["either", "both"].contains($0) }))
                {
                    continue
                }
                consider(
                    Cue(
                        side: side, kind: pattern.kind, weight: pattern.weight, start: start,
                        end: start + pattern.phrase.words.count))
            }
        }
        // "We do not believe Option 2 would give partners a stronger reason to collaborate": doubt that a change
        // would make things better is disagreement with the claim, when nothing else in the sentence takes a side.
        if best == nil, let claim = claim(in: words) { consider(claim) }
        // "Yes, …", "So yes, …", "First, yes, I think …", "On the last question, yes: …", "No.".
        var lead = first == "so" || first == "and" ? 1 : 0
        if tokens.count > 1, tokens[1] == ",", sequence.contains(first) { lead = 2 }
        // "Q2 - No.", "Question 3: yes".
        if first.count > 1, first.hasPrefix("q"), first.dropFirst().allSatisfy(\.isNumber) {
            lead = 1
            while lead < tokens.count, ["–", "-", ":", ".", ","].contains(tokens[lead]) { lead += 1 }
        }
        if ["on", "as", "regarding", "turning"].contains(first) {
            if tokens.contains("question"), let comma = tokens.prefix(8).firstIndex(of: ",") { lead = comma + 1 }
            // "On statutory footing from 2022 - yes, as long as …": a topic closed by a dash or colon, then the answer.
            let dashes: Set<String> = ["-", "–", "—", ":"]
            if first != "turning",
                let close = tokens.prefix(10).firstIndex(where: { Words.isMark($0) || dashes.contains($0) }),
                dashes.contains(tokens[close]), close + 1 < tokens.count, ["yes", "no"].contains(tokens[close + 1])
            {
                lead = close + 1
            }
        }
        // "So on commissioning our answer is a straightforward yes."
        if let at = words.first("answer is"), Attribution.isWriters(words, verbAt: at),
            let word = tokens[(at + 2)..<min(tokens.count, at + 5)].firstIndex(where: { ["yes", "no"].contains($0) }),
            tokens[(at + 2)..<word].allSatisfy({ Self.plainAnswer.contains($0) })
        {
            lead = word
        }
        if tokens.count > lead, tokens[lead] == "yes" {
            consider(Cue(side: .agree, kind: .judgement, weight: 1.5, start: lead, end: lead + 1))
        }
        if tokens.count > lead, tokens[lead] == "no",
            tokens.count == lead + 1 || [".", ",", "!", ";", ":"].contains(tokens[lead + 1])
        {
            consider(Cue(side: .disagree, kind: .judgement, weight: 1.5, start: lead, end: lead + 1))
        }
        return best
    }

    /// "We do not believe that … will make partners any more inclined to work together" (disagree), "we believe a
    /// single statutory body would give practices a much stronger reason to plan together" (agree): belief or
    /// doubt that a change would give, make or bring something better. A weak cue, counted only where the
    /// sentence is about a question.
    static func claim(in words: Words) -> Cue? {
        let tokens = words.tokens
        for (phrase, side) in claimVerbs {
            for at in words.positions(of: phrase) where Attribution.isWriters(words, verbAt: at) {
                let end = at + phrase.words.count
                let doubts = side == .disagree
                if !doubts, isNegated(tokens, before: at) { continue }
                // "we do not think the document gives enough information to judge which model would be more
                // accountable" doubts the evidence, not the claim: the improvement must come before any such
                // question.
                let clause = Array(
                    tokens[end...].prefix { ![".", ";", ":"].contains($0) && !openQuestions.contains($0) })
                // "would give a stronger reason", "would do anything to encourage collaboration".
                guard let effect = clause.firstIndex(where: { effects.contains($0) }),
                    clause[max(0, effect - 3)...].prefix(13).contains(where: { improvements.contains($0) }),
                    doubts || clause[..<effect].contains(where: { ["would", "will", "could", "can"].contains($0) })
                else { continue }
                return Cue(side: side, kind: .claim, weight: 2, start: at, end: end)
            }
        }
        return nil
    }

    private static let claimVerbs: [(Phrase, Side)] = [
        ("not believe", .disagree), ("not think", .disagree), ("doubt that", .disagree), ("doubt whether", .disagree),
        ("we believe", .agree), ("i believe", .agree), ("we think", .agree), ("i think", .agree),
    ]
    private static let openQuestions: Set<String> = [
        "which", "whether", "how", "judge", "know", "tell", "say", "information", "if",
    ]
    /// What a change is claimed to do: "would give …", "will make …".
    private static let effects: Set<String> = [
        "give", "gives", "make", "makes", "provide", "provides", "bring", "brings", "create", "creates", "offer",
        "offers", "encourage", "encourages", "strengthen", "strengthens", "improve", "improves", "lead",
    ]
    private static let improvements: Set<String> = [
        "more", "greater", "stronger", "better", "clearer", "easier", "any", "plain", "clear", "anything",
    ]

    /// Whether "share the view" at `start` has the writer as its subject: "we do not share the view", "the
    /// Board fully shares the view". Elsewhere the phrase reports a view, so ``Attribution`` reads it as others'.
    static func sharesAsWriter(_ tokens: [String], at start: Int) -> Bool {
        // "We do not share the view … that the loss of a veto is a reason to oppose Option 2": a view that is
        // itself against something turns the side twice, which is too much to read with confidence.
        let view = tokens[min(tokens.count, start + 3)...]
        if view.contains(where: {
            ["oppose", "opposing", "reject", "rejecting", "against", "not", "cannot", "no"].contains($0)
        }) {
            return false
        }
        guard
            let subject = subject(
                tokens, before: start,
                skipping: ["do", "does", "did", "not", "cannot", "fully", "entirely", "would", "also", "very", "much"])
        else { return false }
        return Attribution.firstPerson.contains(tokens[subject])
            || (Attribution.writerWords.contains(tokens[subject]) && subject > 0
                && ["the", "our"].contains(tokens[subject - 1]))
    }

    /// The word before `start` once the auxiliaries and adverbs in `skipping` are passed over: the verb's subject.
    static func subject(_ tokens: [String], before start: Int, skipping: Set<String>) -> Int? {
        var subject = start - 1
        while subject >= 0, skipping.contains(tokens[subject]) { subject -= 1 }
        return subject >= 0 ? subject : nil
    }

    /// "The Board agreed this response", "asks whether we agree": agreeing to a procedure, or asking, not a side.
    static func isProcedural(_ tokens: [String], pattern: Pattern, at start: Int) -> Bool {
        let end = start + pattern.phrase.words.count
        if pattern.phrase.words == ["agreed"], end < tokens.count,
            // "the Board has agreed not to state a preference" is a decision, not agreement.
            ["this", "the", "our", "its", "a", "to", "by", "at", "on", "not"].contains(tokens[end])
        {
            return true
        }
        // "we can see arguments either way and our members do not agree": members disagreeing with each other.
        if pattern.kind == .verb,
            ["agree", "disagree", "agreed", "disagreed"].contains(pattern.phrase.words.last ?? "")
        {
            let after = end < tokens.count ? tokens[end] : "."
            if [".", ";", "among", "amongst", "between", "each"].contains(after),
                let subject = subject(
                    tokens, before: start,
                    skipping: ["do", "does", "did", "not", "could", "cannot", "can", "always", "yet", "still", "all"]),
                ["members", "partners", "they", "colleagues", "organisations", "councillors", "governors", "trustees"]
                    .contains(tokens[subject])
            {
                return true
            }
        }
        let before = tokens[max(0, start - 3)..<start]
        // "It lies outside our research, and we offer no view on it": declining to answer, not a middle position.
        if pattern.kind == .neutral, start > 0,
            ["offer", "offers", "express", "expresses", "give", "gives"].contains(tokens[start - 1])
        {
            return true
        }
        // "Please accept this e-mail as our response."
        if start > 0, tokens[start - 1] == "please" { return true }
        return before.contains("whether") || before.contains("asks") || before.contains("asked")
    }

    /// Whether "not", "cannot", "nor" or "unable" comes within four words before `index`.
    static func isNegated(_ tokens: [String], before index: Int) -> Bool {
        var position = index - 1
        var seen = 0
        while position >= 0, seen < 4 {
            let token = tokens[position]
            if token == "." || token == ";" || token == ":" { return false }
            // "We have no hesitation in supporting it" is not a negation.
            if token == "no", position + 1 < tokens.count, tokens[position + 1] == "hesitation" { return false }
            // "and not without reluctance, it comes down on the side of …" (two negatives, a hedge) and "the
            // Partnership Board, on balance and not unanimously, supports Option 2" (how the choice was made).
            if token == "not", position + 1 < tokens.count, notDenials.contains(tokens[position + 1]) { return false }
            // "the District would, with no great enthusiasm, lean towards …": the manner of the choice, not a denial.
            if token == "no", position > 0, tokens[position - 1] == "with" { return false }
            if negations.contains(token) { return true }
            // "so that our answer is not misread, our preferred model is …": a new subject starts a new clause.
            // "Nor do we support …" and "we will not lend our support" are still negated.
            if ["we", "i", "our", "my"].contains(token) {
                return tokens[max(0, position - 2)..<position].contains { negations.contains($0) || $0 == "neither" }
            }
            if token != "," && token != "however" { seen += 1 }
            position -= 1
        }
        return false
    }

    static let negations: Set<String> = ["not", "cannot", "nor", "never", "unable", "no"]

    /// Words after "not" that qualify how a view is held rather than deny it.
    private static let notDenials: Set<String> = ["without", "unanimously", "unanimous"]

    /// Words after "support" that make it a noun: "practice resilience support must stay in national hands".
    private static let nounFollowers: Set<String> = [
        "must", "should", "will", "would", "is", "are", "was", "were", "has", "have", "can", "could", "remains",
    ]

    /// Words before the noun "support" that make it the writer's: "that support is contingent on …".
    private static let supportHolders: Set<String> = ["our", "my", "that", "this", "such", "the", "its", "their"]

    /// "We do not think that … is the right foundation": doubt that reverses a judgement further on.
    private static let doubts: [Phrase] = [
        "not think", "not believe", "not consider", "not accept that", "doubt that", "doubt whether",
    ]

    /// Words that may stand between "our answer is" and its "yes" or "no": "a straightforward yes".
    static let plainAnswer: Set<String> = [
        "a", "an", "straightforward", "simple", "clear", "firm", "definite", "plain",
    ]

    /// Phrases that attach a condition to agreement.
    static let conditions: [Phrase] = [
        "provided that", "providing that", "provided the", "subject to", "only if", "on condition", "condition that",
        "clear condition", "one condition", "two conditions", "three conditions", "those conditions",
        "these conditions",
        "following conditions", "as long as", "so long as", "sensible , but", "potentially , but",
        "but there needs to be", "but there need to be", "would fall away", "would not stand", "only support",
        "only agree", "only holds if", "on the understanding that", "on the basis that", "with conditions",
        "conditionally", "but only", "on that basis", "only be supported", "contingent on", "conditional on",
        "dependent on", "with the caveat", "caveat that", "but there must be", "but this must", "but it must",
        "but they must", "support it if", "support this if", "agree if", "if and only if", ", provided", "– provided",
        "is conditional",
        "are conditional",
    ]

    /// Wording from the questionnaire's own questions that must not count as a condition ("subject to
    /// appropriate safeguards" is how the fourth question is put).
    static let quotedConditions: [Phrase] = ["subject to appropriate safeguards"]

    /// Whether a sentence attaches a condition.
    static func isConditional(_ words: Words) -> Bool {
        for phrase in conditions {
            for position in words.positions(of: phrase) {
                let quoted = quotedConditions.contains { words.positions(of: $0).contains(position) }
                // "Our support is contingent on …" conditions the writer's view; "it would leave the sector
                // dependent on the goodwill of others" describes a model.
                if Self.dependences.contains(phrase), !Self.isStated(words.tokens, before: position) { continue }
                if !quoted { return true }
            }
        }
        return false
    }

    /// Conditions that are only the writer's when they follow "is" or "are": "Our support is contingent on …".
    static let dependences: Set<Phrase> = ["contingent on", "conditional on", "dependent on"]

    private static let copulas: Set<String> = ["is", "are", "be", "remains", "remain", "was", "were"]

    /// Whether "is", "are" or the like (perhaps with "entirely" or "wholly") comes right before `index`.
    private static func isStated(_ tokens: [String], before index: Int) -> Bool {
        var position = index - 1
        if position >= 0, ["entirely", "wholly", "fully", "therefore", "also"].contains(tokens[position]) {
            position -= 1
        }
        return position >= 0 && copulas.contains(tokens[position])
    }

    /// Words that hedge a position, so an inference resting on them is never more than medium confidence.
    static let hedges: [Phrase] = [
        "in principle", "broadly", "on balance", "potentially", "tend to", "lean", "partly", "in part", "largely",
        "generally", "with reservations", "cautiously", "reluctantly",
    ]
}
