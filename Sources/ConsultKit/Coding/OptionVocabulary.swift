/// The ways a letter names each option of a preference question: by number ("Option 2", "option two"),
/// by position ("the first option", "the second one") or by what it is ("a statutory joint committee",
/// "a corporate NHS body"), taken from the option's label and synonyms in the questionnaire.
struct OptionVocabulary: Sendable {
    /// How a mention names its option.
    enum Naming: Sendable, Hashable, Comparable {
        /// By what it is; the least certain.
        case description
        /// By position ("the first option") or relative to another ("the alternative").
        case position
        /// By number or label ("Option 1").
        case number
    }

    /// A place in a sentence that names an option.
    struct Mention: Sendable, Hashable {
        /// The option id.
        var option: String
        /// The first token and the token after the mention.
        var start: Int
        var end: Int
        var naming: Naming
    }

    /// The options a respondent can prefer, in the questionnaire's order.
    let options: [ScaleOption]
    /// The option that rejects them all, if the scale has one.
    let neither: ScaleOption?
    private let phrases: [(option: String, phrase: Phrase, naming: Naming)]
    /// Clauses that describe an option by its features.
    private let clauses: ModelClause

    init(options scale: [ScaleOption]) {
        options = scale.filter { $0.side != ScaleOption.noSide && !Self.isNeither($0) }
        neither = scale.first(where: Self.isNeither)
        clauses = ModelClause(options: options)
        var phrases: [(String, Phrase, Naming)] = []
        for (offset, option) in options.enumerated() {
            let number = offset + 1
            let word = Self.numberWords[number] ?? String(number)
            let ordinal = Self.ordinals[number] ?? "\(number)th"
            for text in ["option \(number)", "option \(word)", "option\(number)", "model \(number)", "model \(word)"] {
                phrases.append((option.id, Phrase(text), .number))
            }
            let positions = [
                "\(ordinal) option", "\(ordinal) model", "the \(ordinal) one", "\(ordinal) of the two",
                "the \(ordinal) .",
                "the \(ordinal) ,", "the \(ordinal) ;", "the \(ordinal) :", "the \(ordinal) is", "the \(ordinal) would",
                // "the first of the models described", "the first taken forward".
                "\(ordinal) of the models", "\(ordinal) of the options", "\(ordinal) of the proposed models",
                // "support the second of the legislative models".
                "\(ordinal) of the legislative models", "\(ordinal) of the legislative options",
                "\(ordinal) of the governance models", "\(ordinal) of the proposed options",
                "the \(ordinal) of them", "the \(ordinal) of those", "the \(ordinal) of these",
                // "the one the consultation document numbers first".
                "numbers \(ordinal)", "numbered \(ordinal)", "listed \(ordinal)", "lists \(ordinal)",
                "the \(ordinal) taken forward",
                "the \(ordinal) adopted", "the \(ordinal) implemented", "the \(ordinal) chosen", "the \(ordinal) –",
                "the \(ordinal) (",
            ]
            for text in positions {
                phrases.append((option.id, Phrase(text), .position))
            }
            var descriptions = option.synonyms
            if let colon = option.label.firstIndex(of: ":") {
                descriptions.append(String(option.label[option.label.index(after: colon)...]))
            }
            for text in descriptions {
                let phrase = Phrase(text)
                guard Self.isDescriptive(phrase) else { continue }
                phrases.append((option.id, phrase, .description))
            }
        }
        // Longer phrases first, so "statutory ics board" wins over "ics board"; ties keep their order.
        self.phrases = phrases.enumerated().sorted {
            ($1.element.1.words.count, $0.offset) < ($0.element.1.words.count, $1.offset)
        }
        .map(\.element)
    }

    /// Every mention of an option in a sentence, in order; where two overlap the longer wins. "The
    /// alternative" and "the other option" name the option other than `previous` (the one last mentioned).
    /// "The former" and "the latter" follow the order of two options named earlier in the same sentence, or
    /// else `pair`, the order of the last sentence that named both, or else the questionnaire's order.
    func mentions(in words: Words, previous: String? = nil, pair: [String]? = nil) -> [Mention] {
        var taken = [Bool](repeating: false, count: words.tokens.count)
        var found: [Mention] = []
        for (option, phrase, naming) in phrases {
            for start in words.positions(of: phrase) {
                let end = start + phrase.words.count
                guard !taken[start..<end].contains(true) else { continue }
                // "Each statutory body's board" is the organisations an option binds, not the option's body.
                if naming == .description, start > 0, Self.distributives.contains(words.tokens[start - 1]),
                    !phrase.words.contains("ics")
                {
                    continue
                }
                if naming == .description, Self.isKeptAs(words.tokens, at: start) { continue }
                // "We would like to see ICS boards meet in public": boards in general, not the model; but "ICSs
                // becoming statutory NHS bodies" is the model for every system.
                if naming == .description, !phrase.lastIsPrefix, let last = phrase.words.last,
                    words.tokens[end - 1] != last,
                    !words.tokens[max(0, start - 4)..<start].contains(where: { ["icss", "systems"].contains($0) })
                {
                    continue
                }
                for index in start..<end { taken[index] = true }
                found.append(Mention(option: option, start: start, end: end, naming: naming))
            }
        }
        found = clauses.merged(with: found.sorted { $0.start < $1.start }, in: words)
        guard options.count == 2 else { return found }
        var resolved: [Mention] = []
        var recent: [String] = previous.map { [$0] } ?? []
        var named: [String] = []
        let order = pair ?? options.map(\.id)
        var alternatives = Set<Int>()
        for phrase in Self.relatives { alternatives.formUnion(words.positions(of: phrase)) }
        let former = Set(words.positions(of: "the former"))
        let latter = Set(words.positions(of: "the latter"))
        for index in words.tokens.indices {
            var option: String?
            if let mention = found.first(where: { $0.start == index }) {
                resolved.append(mention)
                recent.removeAll { $0 == mention.option }
                recent.append(mention.option)
                named.removeAll { $0 == mention.option }
                named.append(mention.option)
                continue
            } else if alternatives.contains(index), let last = recent.last {
                // "The alternative to the committee" is named by what follows "to", if anything.
                if index + 2 < words.tokens.count, words.tokens[index + 2] == "to" { continue }
                option = options.first { $0.id != last }?.id
            } else if latter.contains(index) {
                option = named.count >= 2 ? named.last : order.last
            } else if former.contains(index) {
                option = named.count >= 2 ? named[named.count - 2] : order.first
            }
            if let option {
                resolved.append(Mention(option: option, start: index, end: index + 2, naming: .position))
            }
        }
        return resolved
    }

    /// The option a sentence that names none describes by its features ("a single NHS organisation … taking over
    /// from the CCG, with a proper chief executive"), if it describes one.
    func described(in words: Words) -> String? { clauses.option(describedBy: words.tokens) }

    /// Words before a description that make it one of many organisations rather than a model: "each
    /// statutory body", "every NHS body".
    /// "One keeps every trust, CCG and council as a statutory body in its own right": what each existing
    /// organisation stays, not the new body.
    private static func isKeptAs(_ tokens: [String], at start: Int) -> Bool {
        guard start >= 2, ["a", "an"].contains(tokens[start - 1]), tokens[start - 2] == "as" else { return false }
        let before = tokens[max(0, start - 10)..<(start - 2)]
        guard let each = before.lastIndex(where: { ["each", "every"].contains($0) }) else { return false }
        return !before[each...].contains(where: { [".", ";", ":"].contains($0) })
    }

    private static let distributives: Set<String> = ["each", "every", "individual", "separate"]

    /// "It is the second that the committee would rather live with": an option named by its position alone, singled
    /// out by "it is … that".
    func cleftOrdinals(in tokens: [String]) -> [Mention] {
        guard tokens.count >= 5 else { return [] }
        return (0...(tokens.count - 5)).compactMap { start in
            guard tokens[start] == "it", tokens[start + 1] == "is", tokens[start + 2] == "the",
                tokens[start + 4] == "that",
                let offset = options.indices.first(where: { Self.ordinals[$0 + 1] == tokens[start + 3] })
            else { return nil }
            return Mention(option: options[offset].id, start: start + 2, end: start + 4, naming: .position)
        }
    }

    /// The first option named after a preference, before the sentence turns to what it is preferred to.
    ///
    /// The option must be what is preferred, not a word further on: "we support in principle the transfer
    /// of services … to ICS bodies" and "we would support a permissive approach, provided that … the ICS
    /// board" prefer no option, so at most three words other than ``objectFillers`` may come before an option
    /// named by number or position, and one before an option named by what it is.
    func object(after end: Int, in tokens: [String], mentions: [Mention], limit: Int)
        -> Mention?
    {
        if let glossed = Self.glossedModel(after: end, in: tokens, mentions: mentions) { return glossed }
        let described = Self.describedAt(end, in: tokens)
        var stop = min(tokens.count, end + max(limit, described ? 36 : 0))
        if let boundary = tokens[end..<stop].firstIndex(where: { Self.boundaries.contains($0) }) { stop = boundary }
        guard var mention = mentions.first(where: { $0.start >= end && $0.start < stop }) else { return nil }
        // "legislation that establishes a mandatory system board as a joint committee": the model the system is
        // made as, when the one named first is what is made.
        if Self.madeAs(tokens, from: end, to: mention.start) == nil,
            let made = mentions.first(where: {
                $0.start > mention.start && $0.start < stop && $0.option == mention.option
                    && Self.madeAs(tokens, from: end, to: $0.start) != nil
            })
        {
            mention = made
        }
        // A long description must name one option only: "a model that combines the best features of both options:
        // the clarity of a single accountable body with the partnership ethos of a joint committee" is neither.
        if described, mention.start >= end + limit,
            Set(mentions.filter { $0.start >= end && $0.start < stop }.map(\.option)).count > 1
                || tokens[end..<mention.start].contains(where: {
                    ["both", "combines", "combine", "hybrid"].contains($0)
                })
        {
            return nil
        }
        let between = tokens[end..<mention.start]
        // "We reject the suggestion that Option 2 gives a greater incentive": a claim about the option.
        if let that = between.firstIndex(of: "that"), tokens[end..<that].contains(where: { Self.claims.contains($0) }) {
            return nil
        }
        // "The Board's preferred model is a mandatory statutory board, established as a joint committee …":
        // what follows "model is" describes the model preferred.
        if let first = between.first, ["model", "option", "approach", "choice"].contains(first),
            between.dropFirst().prefix(2).contains("is") || between.dropFirst().starts(with: ["would", "be"])
        {
            return mention
        }
        // An option named by number or position is meant; words that describe one may be incidental.
        let allowed = mention.naming == .description ? 1 : 3
        var words = between.filter { !Self.objectFillers.contains($0) }
        if let link = Self.madeAs(tokens, from: end, to: mention.start) {
            words = tokens[(link + 1)..<mention.start].filter { !Self.objectFillers.contains($0) }
        }
        if words.count <= allowed { return mention }
        // "The Trust supports bringing the system's NHS functions together in a single statutory body": a doing
        // that ends in the one model it names.
        if mention.naming == .description, tokens[end].hasSuffix("ing"), tokens[end] != "being",
            mention.start - end <= 12,
            !between.contains(where: { Self.boundaries.contains($0) || Self.turnings.contains($0) || $0 == "," }),
            Set(mentions.filter { $0.start >= end && $0.start < stop }.map(\.option)).count == 1
        {
            return mention
        }
        // "the latter of the two options, a statutory corporate NHS body": a position no option was named
        // before, glossed by a description after a comma.
        if let comma = between.lastIndex(of: ","),
            tokens[(comma + 1)..<mention.start].allSatisfy({ ["a", "an", "the", "single"].contains($0) }),
            words.allSatisfy({ Self.glossed.contains($0) })
        {
            return mention
        }
        // "Our preference would be for the mandatory board model, the one that builds on partners' existing
        // responsibilities": a model named in a few words, then glossed by a description of what it does.
        if let comma = between.lastIndex(of: ","), mention.naming == .description,
            tokens[(comma + 1)..<mention.start].allSatisfy({ ["a", "an", "the"].contains($0) }),
            tokens[end..<comma].contains(where: {
                ["model", "option", "approach", "arrangement", "version"].contains($0)
            }),
            tokens[end..<comma].count <= 8, !tokens[end..<comma].contains(where: { Self.boundaries.contains($0) })
        {
            return mention
        }
        // "our preference is for the arrangement closer to the original proposal: a mandatory statutory board …",
        // "for the less centralising of the two models: a statutory board …": a model glossed after a colon.
        if let colon = between.lastIndex(of: ":"), mention.start - colon <= 4,
            let noun = tokens[end..<colon].first(where: {
                !Self.objectFillers.contains($0) || ["model", "option"].contains($0)
            }),
            ["model", "option", "arrangement", "approach", "one", "alternative"].contains(noun)
                || tokens[end..<colon].suffix(3) == ["the", "two", "models"]
                || tokens[end..<colon].suffix(3) == ["the", "two", "options"]
                // "the less damaging of the two: the one that leaves trusts as separate employers …".
                || tokens[end..<colon].suffix(3) == ["of", "the", "two"],
            !tokens[end..<colon].contains(where: { Self.boundaries.contains($0) })
        {
            return mention
        }
        // "our preference is for the model which keeps individual organisations' duties and autonomy": the
        // option described in a clause about "the model" itself.
        guard
            let noun = between.firstIndex(where: { ["model", "option", "one", "arrangement", "version"].contains($0) }),
            noun + 1 < mention.start,
            ["which", "that", "where", "with", "in", "set", "described", "outlined"].contains(tokens[noun + 1]),
            tokens[end..<noun].filter({ !Self.objectFillers.contains($0) }).isEmpty
        else { return nil }
        return mention
    }

    /// Whether the words from `end` open a clause about "the arrangement" itself ("the arrangement in which the CCG,
    /// the trusts and the councils each remain legally responsible …, and come together through a statutory
    /// committee", "the one that leaves each statutory partner … with its own decision-making rights"), so the
    /// option may be named far into it.
    static func describedAt(_ end: Int, in tokens: [String]) -> Bool {
        var noun = end
        while noun < tokens.count,
            ["the", "a", "an", "is", "for", "to", "towards", "would", "be"].contains(tokens[noun])
        {
            noun += 1
        }
        guard noun + 1 < tokens.count,
            modelNouns.contains(tokens[noun]) || tokens[noun] == "version"
        else { return false }
        let next = tokens[noun + 1]
        return ["that", "which", "where"].contains(next)
            || (next == "in" && noun + 2 < tokens.count && tokens[noun + 2] == "which")
    }

    /// "We favour the model that keeps each body's board and binds them through a joint committee: Option 1 in the
    /// consultation": a model described at length in its own clause, then named by number or position after a colon
    /// or dash that closes the clause.
    private static func glossedModel(after end: Int, in tokens: [String], mentions: [Mention]) -> Mention? {
        var noun = end
        while noun < tokens.count, objectFillers.contains(tokens[noun]), !["model", "option"].contains(tokens[noun]) {
            noun += 1
        }
        guard noun + 1 < tokens.count, ["model", "option", "arrangement", "approach"].contains(tokens[noun]),
            ["that", "which", "where", "in", "described", "set", "outlined", "proposed", "at"].contains(
                tokens[noun + 1])
        else { return nil }
        let sentenceEnd = tokens[noun...].firstIndex(where: { [".", ";"].contains($0) }) ?? tokens.count
        guard let colon = tokens[noun..<sentenceEnd].firstIndex(where: { [":", "–", "—"].contains($0) }),
            let mention = mentions.first(where: { $0.start > colon })
        else { return nil }
        let gloss = tokens[(colon + 1)..<mention.start]
        // "…: Option 1 in the consultation", or "…at paragraphs 3.18 to 3.23: an ICS established as an NHS body,
        // re-purposing the CCG": described in the gloss itself.
        if mention.naming != .description {
            return gloss.allSatisfy({ $0 == "the" }) ? mention : nil
        }
        return gloss.count <= 10 && !gloss.contains(where: { boundaries.contains($0) || $0 == "and" }) ? mention : nil
    }

    /// Where the model starts to be named in "the system to be built on the statutory board", "the integrated care
    /// system set up as a board that …", "a statutory partnership board constituted as a joint committee" or
    /// "legislation that establishes a mandatory system board as a joint committee", or "establishing the ICS as a
    /// single statutory NHS body", or "ICSs established through a mandatory joint committee": the "as", "on",
    /// "around" or "through" after how the system or its board is made, if the words from `start` up to it say
    /// only that.
    static func madeAs(_ tokens: [String], from start: Int, to end: Int) -> Int? {
        guard let link = tokens[start..<end].lastIndex(where: { ["as", "on", "around", "through"].contains($0) }) else {
            return nil
        }
        var position = link
        while position > start, makings.contains(tokens[position - 1]) || tokens[position - 1] == "set" {
            position -= 1
        }
        let made = position < link
        if position > start, ["board", "body", "committee"].contains(tokens[position - 1]) {
            position -= 1
        } else if position > start + 1, ["ics", "icss", "system", "systems"].contains(tokens[position - 1]),
            madeWords.contains(tokens[position - 2]) || tokens[position - 2] == "the"
        {
            // "establishing the ICS as a single statutory NHS body": the system made as the model.
            position -= 1
        } else if !made {
            return nil
        }
        let described = tokens[start..<position].allSatisfy { objectFillers.contains($0) || madeWords.contains($0) }
        return described ? link : nil
    }

    /// Whether the verb at `verb` follows "the model we" ("… is the model we support", "the option I prefer"):
    /// its object is the model named earlier, not what comes after it.
    static func followsTheModelWe(_ tokens: [String], verb: Int) -> Bool {
        theModelWe(tokens, verb: verb) != nil
    }

    /// The noun of "the model we …" before the verb at `verb`: "model", "option" or "one" before "we" or
    /// "I" (with a "would", "could" or "can" between: "the option we would choose"), or "what" in "what I
    /// would choose", or before "the" and a body's name ("the option the Partnership supports").
    static func theModelWe(_ tokens: [String], verb: Int) -> Int? {
        var subject = verb - 1
        var modal = false
        if subject >= 0, ["would", "could", "can", "will", "should"].contains(tokens[subject]) {
            subject -= 1
            modal = true
        }
        guard subject >= 1 else { return nil }
        var noun = subject - 1
        // "the first is the one they would choose", where "they" are the writer's members.
        if !["we", "i", "they"].contains(tokens[subject]) {
            // "is the model Askerby would back": the writer's own name, one word, straight after the noun.
            let named =
                modal && ["model", "option", "one"].contains(tokens[noun])
                && !Attribution.otherWords.contains(tokens[subject]) && !Self.objectFillers.contains(tokens[subject])
                && !Self.notWriters.contains(tokens[subject]) && tokens[subject].allSatisfy(\.isLetter)
            if !named {
                guard Attribution.writerWords.contains(tokens[subject]) else { return nil }
                // "the one the Partnership supports", "the one our member practices could live with", "the
                // arrangement this Council supports".
                if ["the", "our", "this"].contains(tokens[subject - 1]) {
                    noun = subject - 2
                } else if subject >= 3, tokens[subject - 2] == "our" {
                    noun = subject - 3
                } else {
                    return nil
                }
            }
        }
        guard noun >= 0 else { return nil }
        // "That is the arrangement I support.", "the joint committee is the horse we would back".
        if modelNouns.contains(tokens[noun]) || figures.contains(tokens[noun]) { return noun }
        return tokens[noun] == "what" && ["we", "i"].contains(tokens[subject]) ? noun : nil
    }

    /// Nouns that stand for a model in "the one we support", "the arrangement I prefer".
    static let modelNouns: Set<String> = ["model", "option", "one", "arrangement", "approach"]

    /// Other words that stand for a model in "the horse we would back", "the route we favour".
    static let figures: Set<String> = ["horse", "route", "road", "path", "structure", "vehicle", "design"]

    /// Words that may stand between a preference and the option preferred: "we favour, on balance, the
    /// second model", "our preference is for the creation of a statutory ICS body".
    static let objectFillers: Set<String> = [
        ",", "in", "principle", "on", "balance", "the", "a", "an", "for", "of", "is", "to", "towards", "as",
        "strongly", "fully", "clearly", "firmly", "broadly", "very", "much", "therefore", "creation", "establishment",
        "adoption", "introduction", "proposed", "moving", "move", "becoming", "become", "icss", "ics", "what", "model",
        "retaining", "keeping", "creating", "establishing", "proposal", "idea",
        "option", "described", "set", "up", "would", "be", "being",
    ]

    /// Subjects of "the model … would back" that are never the writer's own name.
    static let notWriters: Set<String> = [
        "parliament", "whitehall", "westminster", "everyone", "anyone", "nobody", "someone", "it", "they", "he", "she",
        "you", "nhs", "legislation", "law", "government", "ministers",
    ]

    /// Nouns for what is said about an option: "the claim that", "the suggestion that".
    static let claims: Set<String> = [
        "claim", "suggestion", "argument", "assertion", "idea", "view", "proposition", "case", "contention", "belief",
    ]

    /// How a system is to be made, before "as" or "on" and the model: "built on", "set up as".
    static let makings: Set<String> = [
        "built", "based", "constituted", "established", "organised", "structured", "founded", "up", "formed",
        "created", "legislated",
    ]
    /// What is made that way, and words of its making: "the integrated care system", "legislation that
    /// establishes a mandatory system board".
    static let madeWords: Set<String> = [
        "system", "systems", "integrated", "care", "new", "arrangements", "icss", "statutory", "mandatory",
        "partnership", "single", "ics", "legislation", "that", "establishes", "creates", "establishing", "creating",
        "sets",
        // "a statutory partnership board, established as a joint committee".
        "board",
    ]

    /// Words of a position that a description after a comma can gloss.
    static let glossed: Set<String> = [",", "latter", "former", "alternative", "two", "options", "models", "single"]

    /// Words that turn a doing away from the model it names: "moving away from a joint committee".
    static let turnings: Set<String> = ["away", "from", "without", "beyond", "against"]
    /// Words where a sentence turns from what is preferred to what it is preferred to.
    static let boundaries: Set<String> = [
        "rather", "than", "instead", "over", "not", ";", ".", "but", "whereas", "while",
    ]

    /// Whether an option is the "neither" answer.
    static func isNeither(_ option: ScaleOption) -> Bool {
        option.id.matchKey == "neither" || option.side.matchKey == "neither"
    }
}

private extension OptionVocabulary {
    static let numberWords = [1: "one", 2: "two", 3: "three", 4: "four", 5: "five"]
    static let ordinals = [1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth"]
    static let relatives: [Phrase] = [
        "the alternative", "the other option", "the other model", "the other .", "the other ,", "the other :",
        "the other ;",
    ]
    /// Words that say nothing about which option is meant on their own.
    static let vague: Set<String> = [
        "1", "2", "3", "one", "two", "three", "option", "options", "model", "first", "second", "third", "a", "the",
        "an",
        "neither", "both", "either", "none",
    ]

    /// A synonym that names an option by what it is, not a bare number, which would match anywhere.
    static func isDescriptive(_ phrase: Phrase) -> Bool {
        let words = phrase.words.filter { !vague.contains($0) }
        guard !words.isEmpty else { return false }
        return phrase.words.count > 1 || (phrase.words.first?.count ?? 0) >= 6
    }
}
