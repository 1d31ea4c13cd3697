/// Whose view a sentence states: the writer's own, or someone else's that the writer reports.
///
/// "We support Option 2" is the writer's view; "the consultation document has a clear preference for
/// option two", "NHS England prefers", "some partners favour" and "we do not share the view, expressed by
/// neighbouring councils, that…" report others'. A confident wrong answer is the worst outcome, so a
/// sentence that reads as reported is never taken as the writer's position.
enum Attribution {
    /// Whether the verb at `index` states the writer's own view.
    static func isWriters(_ words: Words, verbAt index: Int) -> Bool {
        let tokens = words.tokens
        if reportsOthers(words, before: index) { return false }
        // "Members who favoured the joint committee arrangement valued …": a relative clause describes some people.
        if index >= 1,
            tokens[index - 1] == "who"
                || (index >= 2 && tokens[index - 2] == "who" && tokens[index - 1].hasSuffix("ly"))
        {
            return false
        }
        // "the opposition group moved an amendment asking Cabinet to back the joint committee model": what one body
        // asks another to do is the wish of the one who asks.
        if index >= 2, tokens[index - 1] == "to",
            let asking = tokens[max(0, index - 5)..<(index - 1)].lastIndex(where: askings.contains)
        {
            return isWriters(words, verbAt: asking)
        }
        // "We have been asked whether we prefer option 1 or option 2": a question, not a view.
        for position in max(0, index - 3)..<index {
            if tokens[position] == "whether" { return false }
            if tokens[position] == "which", position > 0, ["of", "on", "about", "asked"].contains(tokens[position - 1])
            {
                return false
            }
        }
        // "Whether the single NHS body or the joint committee is the better answer is not something we can say".
        if clauseStart(tokens, before: index).map({ tokens[$0] == "whether" }) ?? false { return false }
        // "…, is the model Askerby would back": "the model" has a subject of its own, right before the verb.
        if let noun = OptionVocabulary.theModelWe(tokens, verb: index), noun + 1 < index,
            !writerWords.contains(tokens[noun + 1]), !otherWords.contains(tokens[noun + 1])
        {
            return true
        }
        var position = index - 1
        // "…, which I understand leans towards the committee model": the writer's hearsay, not the writer's view.
        if position >= 1, firstPerson.contains(tokens[position - 1]), hearsay.contains(tokens[position]) {
            position -= 2
        }
        // "the questions about legislation that go with it", "…, which favours the committee": a relative clause
        // whose subject is the noun before it.
        if position >= 1,
            tokens[position] == "which"
                || (tokens[position] == "that" && !complements.contains(tokens[position - 1]))
        {
            return false
        }
        // "the Council has concluded that the second model, …, is the one it prefers": "it" is the body the sentence
        // names first.
        if position >= 1, position == index - 1, tokens[position] == "it",
            OptionVocabulary.modelNouns.contains(tokens[position - 1]),
            let isWriter = itIsWriter(tokens, before: position)
        {
            return isWriter
        }
        var scanned = 0
        while position >= 0, scanned < 16 {
            let token = tokens[position]
            if token == "." || token == ";" || token == ":" { break }
            // "Of the two approaches described in the consultation, it favours the first": an opening phrase
            // says what the choice is among, not who makes it.
            if token == ",", isOpeningPhrase(tokens, endingAt: position) { break }
            // "The committee has looked hard at both routes set out in the document and cannot support either":
            // the verb after "and" shares the clause's subject, so only that subject holds the view.
            if token == "and", let start = sharedSubjectStart(tokens, and: position, verb: index) {
                position = start + 3
                scanned = 12
                continue
            }
            // "The system response, to which we contributed, states …": the clause between commas is an aside.
            if token == ",", let opening = asideOpening(tokens, before: position) {
                position = opening - 1
                continue
            }
            // "NHSE/I" and "NHSE&I" are not the first person.
            let isInitial =
                token == "i" && position > 0 && (tokens[position - 1] == "/" || tokens[position - 1] == "and")
            if writerWords.contains(token), !isInitial {
                // "a joint committee", "the statutory ICS board": a model, not a body holding a view.
                if position > 0, modelWords.contains(tokens[position - 1]) {
                    position -= 1
                    scanned += 1
                    continue
                }
                // "Our national association's submission …": a body the writer belongs to, whatever it is called.
                if firstPerson.contains(token) {
                    return !(position + 1 < index && parentBodies.contains(tokens[position + 1]))
                }
                // "Its members favour the joint committee model": the members of a body just named.
                if position > 0, ["its", "their"].contains(tokens[position - 1]), ["members", "member"].contains(token)
                {
                    return false
                }
                // "the ICS board will recommend", "the ICS Partnership Board", "the system board prefers":
                // another body's board or committee.
                let qualifiers = tokens[max(0, position - 3)..<position].reversed().prefix {
                    ![",", "the", "a", "an", "our", "this", "their", "its", "his", "her"].contains($0)
                }
                // "the elected members were drawn to …, while the NHS members were content with …": some of a
                // body's members, named by what sets them apart, not the body.
                // "Elected members … leaned towards …" at the start of a sentence (or list item) likewise.
                let named = qualifiers.prefix { $0.count > 1 && $0.allSatisfy(\.isLetter) }
                let opening = position - named.count - 1
                if ["members", "member"].contains(token), !named.isEmpty,
                    opening < 0 || tokens[opening] == "the"
                        || (Words.isMark(tokens[opening]) && tokens[opening] != ","),
                    named.contains(where: { !writerWords.contains($0) })
                {
                    return false
                }
                let before = position - qualifiers.count - 1
                // "colleagues on the Health and Wellbeing Board lean towards …": the board is what the subject sits
                // on, not the subject.
                if let the = tokens[max(0, position - 6)..<position].lastIndex(of: "the"), the >= 1,
                    prepositions.contains(tokens[the - 1]),
                    tokens[(the + 1)..<position].allSatisfy({ $0.allSatisfy(\.isLetter) })
                {
                    position = the - 2
                    scanned += 2
                    continue
                }
                // "Our national union's submission …", "our national executive": a body the writer belongs to.
                if qualifiers.contains(where: parentBodies.contains) { return false }
                // "her Governing Body supports Option 2": someone else's board.
                if before >= 0, ["his", "her", "their", "its"].contains(tokens[before]) { return false }
                // "The CCG and the Foundation Trust favoured …": two bodies together are not the writer.
                // "NHS members, and the CCG in particular, favoured …" likewise.
                let joined = before >= 3 && tokens[before - 2] == "," ? before - 3 : before - 2
                if before >= 2, tokens[before] == "the", tokens[before - 1] == "and",
                    writerWords.contains(tokens[joined]) || otherWords.contains(tokens[joined])
                {
                    return false
                }
                // "our scrutiny panel, whose members would have preferred …": the panel's members, not the writer.
                return !qualifiers.contains { otherWords.contains($0) || $0 == "whose" }
            }
            // "our reading of the evidence favours the first model": the writer's reading, whatever it is of.
            if otherWords.contains(token), position >= 4, tokens[position - 1] == "the",
                prepositions.contains(tokens[position - 2]), ["our", "my"].contains(tokens[position - 4]),
                !writerWords.contains(tokens[position - 3]), !otherWords.contains(tokens[position - 3])
            {
                position -= 3
                scanned += 3
                continue
            }
            // "Members were clear that they could not recommend either structure": "they" are the writer's members,
            // named just before.
            if token == "they", let body = tokens[..<position].lastIndex(where: namesHolder),
                collectives.contains(tokens[body])
            {
                return isWriters(words, verbAt: body + 1)
            }
            // "with some hesitation" is no one's view; "some partners" is.
            if otherWords.contains(token),
                !(quantifiers.contains(token) && position + 1 < tokens.count && manners.contains(tokens[position + 1]))
            {
                return false
            }
            position -= 1
            scanned += 1
        }
        return true
    }

    /// Whether "it" at `position` stands for the writer: the first body the sentence names before it decides ("the
    /// Council has concluded that …, is the one it prefers"); nil if it names none.
    static func itIsWriter(_ tokens: [String], before position: Int) -> Bool? {
        tokens[..<position].first(where: namesHolder).map { writerWords.contains($0) }
    }

    /// Whether a word names someone who may hold a view, the writer or another.
    private static func namesHolder(_ token: String) -> Bool {
        writerWords.contains(token) || otherWords.contains(token)
    }

    /// The writer's people that "they" may stand for later in the sentence.
    private static let collectives: Set<String> = ["members", "trustees", "directors", "governors"]

    /// Words after "our" that make a body the writer belongs to rather than the writer: "our national union".
    private static let parentBodies: Set<String> = ["national", "regional"]

    /// The first token of the clause holding `index`: after the last full stop, semicolon or colon.
    private static func clauseStart(_ tokens: [String], before index: Int) -> Int? {
        let end = min(index, tokens.count)
        let start = tokens[0..<end].lastIndex { [".", ";", ":"].contains($0) }.map { $0 + 1 } ?? 0
        return start < end ? start : nil
    }

    /// "The committee has looked hard at both routes set out in the document and cannot support either": where the
    /// clause whose subject the verb at `verb` shares starts, when only auxiliaries stand between the "and" at `and`
    /// and the verb and the clause is long enough for the words in between to matter. "We are aware that NHS England
    /// regards … and prefers a corporate body": the clause after "that".
    private static func sharedSubjectStart(_ tokens: [String], and: Int, verb: Int) -> Int? {
        guard tokens[(and + 1)..<verb].allSatisfy({ sharedVerbWords.contains($0) }),
            var start = clauseStart(tokens, before: and)
        else { return nil }
        if let that = tokens[start..<and].lastIndex(where: { ["that", "whether", "who"].contains($0) }) {
            start = that + 1
        }
        return and - start > 4 ? start : nil
    }

    /// Words that may stand between "and" and a verb that shares the subject before it: "and cannot support",
    /// "and so supports", "and therefore would back".
    private static let sharedVerbWords: Set<String> = [
        "cannot", "can", "not", "do", "does", "did", "will", "would", "could", "should", "therefore", "so", "also",
        "has", "have", "had", "thus", "hence", "still", "now", "strongly", "firmly", "nonetheless",
    ]

    /// Whether the words from the clause's start up to the comma at `comma` are an opening phrase ("Of the
    /// two proposals,", "Having weighed both,", "In light of the discussion,") rather than a subject. One that
    /// gives a view ("In NHS England's view,", "In the words of the document,") is not passed over.
    private static func isOpeningPhrase(_ tokens: [String], endingAt comma: Int) -> Bool {
        guard var start = clauseStart(tokens, before: comma) else { return false }
        // "Accordingly, the Committee resolved that, of the two approaches …, it favours the first": the phrase
        // may also follow a one-word opening or "that".
        if let previous = tokens[start..<comma].lastIndex(of: ","), previous > start,
            tokens[previous - 1] == "that" || previous - 1 == start
        {
            start = previous + 1
        }
        guard start < comma, openings.contains(tokens[start]) else { return false }
        let phrase = tokens[start..<comma]
        return !phrase.contains(",") && !phrase.contains { voiced.contains($0) }
    }

    /// Words that open a phrase before the subject.
    private static let openings: Set<String> = [
        "of", "having", "after", "on", "in", "from", "given", "between", "with", "following", "for",
        // "As they stand, both models are unacceptable to the Forum."
        "as",
    ]

    /// Words that make an opening phrase report a view: "In NHS England's view,".
    private static let voiced: Set<String> = [
        "view", "views", "opinion", "words", "according", "say", "says", "said", "preference", "eyes", "judgement",
    ]

    /// Where an aside that ends at the comma at `comma` opens (", to which we contributed,", ", which we
    /// share,"), if the words before it are one: its opening comma.
    private static func asideOpening(_ tokens: [String], before comma: Int) -> Int? {
        guard let opening = tokens[0..<comma].lastIndex(of: ","), comma - opening <= 10 else { return nil }
        let first = opening + 1 < comma ? tokens[opening + 1] : ""
        let second = opening + 2 < comma ? tokens[opening + 2] : ""
        let opens = ["which", "who", "whom", "whose"].contains(first) || (first == "to" && second == "which")
        // "the Board would, with some hesitation, prefer the first": a short phrase of manner.
        let manner =
            (openings.contains(first) || ["however", "therefore", "reluctantly", "perhaps", "thus"].contains(first))
            && comma - opening <= 7 && !tokens[(opening + 1)..<comma].contains { voiced.contains($0) }
        // "Our neighbours in Hartsedge, we understand, lean towards Option 1": the writer's aside, not the subject.
        let parenthetical = firstPerson.contains(first) && parentheticalVerbs.contains(second) && comma - opening <= 3
        return opens || manner || parenthetical ? opening : nil
    }

    /// Verbs by which the writer passes on what others hold: "which I understand leans towards …".
    private static let hearsay: Set<String> = ["understand", "gather", "hear", "hope", "expect"]

    /// Words after which "that" opens a clause with its own subject rather than a relative clause.
    private static let complements: Set<String> = [
        "believe", "believes", "think", "thinks", "is", "was", "are", "view", "clear", "say", "says", "said", "so",
        "such", "agree", "agreed", "accept", "consider", "considers", "feel", "feels", "conclude", "concluded",
    ]

    /// Words before "the" that make what follows the object of a phrase, not a subject: "colleagues on the Board".
    private static let prepositions: Set<String> = ["on", "of", "from", "at", "to", "with", "in", "within", "across"]

    /// Verbs of a first-person aside set between commas: ", we understand,", ", I believe,".
    private static let parentheticalVerbs: Set<String> = [
        "understand", "gather", "believe", "think", "know", "hear", "suspect", "fear", "accept", "note", "recognise",
    ]

    /// Words that make a board or committee a model rather than a body: "a joint committee".
    private static let modelWords: Set<String> = ["joint", "statutory", "mandatory", "corporate", "single", "new"]

    /// Whether a judgement at `index` ("… is sensible", "… makes more sense") is the writer's: its subject is
    /// the thing judged, so only a reporting clause ("some partners feel that …", "NHS England says …") makes
    /// it someone else's.
    static func isWritersJudgement(_ words: Words, at index: Int) -> Bool {
        if reportsOthers(words, before: index) { return false }
        let tokens = words.tokens
        // "We have considered whether we could support it as the lesser of two evils": weighed, not judged.
        let clause = tokens[0..<min(index, tokens.count)].lastIndex { [".", ";"].contains($0) }.map { $0 + 1 } ?? 0
        if tokens[clause..<min(index, tokens.count)].contains("whether") { return false }
        // "… an endorsement of whichever it considers the lesser evil": a judgement left to someone else.
        if tokens[max(clause, index - 6)..<min(index, tokens.count)].contains("whichever") { return false }
        for position in 0..<max(0, index - 1) where otherWords.contains(tokens[position]) {
            if speech.contains(tokens[position + 1]) { return false }
        }
        return true
    }

    private static let speech: Set<String> = [
        "say", "says", "said", "think", "thinks", "believe", "believes", "argue", "argues", "argued", "claim", "claims",
        "feel", "feels", "felt", "suggest", "suggests", "consider", "considers", "assert", "asserts", "state", "states",
        // "some regarding legislation as overdue and others as a distraction".
        "regarding", "regarded", "regard", "regards", "saw", "seeing", "viewing", "viewed",
    ]

    /// Whether the sentence, up to `index`, reports what others think or propose.
    ///
    /// Only the clause holding `index` counts: in "We were told that Option 2 is clearer; we are not
    /// convinced." the second clause is the writer's.
    static func reportsOthers(_ words: Words, before index: Int) -> Bool {
        let tokens = words.tokens
        let end = min(index + 1, tokens.count)
        // A clause starts after a semicolon, a colon or "but", or at a verb joined by "and": "the Committee does
        // not share that preference and endorses Option 1".
        var start =
            tokens[0..<min(index, tokens.count)].lastIndex { [";", ":", "but"].contains($0) }.map { $0 + 1 } ?? 0
        if index > 0, index - 1 < tokens.count, tokens[index - 1] == "and" { start = index }
        // "Although some members saw attractions in …, the Panel resolved to support it": the view reported in
        // the opening clause is not the main clause's.
        if let first = tokens.first, ["although", "while", "whilst", "though", "whereas"].contains(first),
            let comma = tokens[0..<min(index, tokens.count)].firstIndex(of: ","), comma >= start
        {
            start = comma + 1
        }
        guard start < end else { return false }
        let clause = Array(tokens[start..<end])
        if let first = clause.first, quantifiers.contains(first) { return true }
        if clause.starts(with: ["a", "number", "of"]) || clause.starts(with: ["one", "of"]) { return true }
        // "One third preferred a single NHS body", "about two thirds preferred the committee model".
        // "Third, on membership, …" is an ordinal, not a share.
        let share = clause.drop { approximately.contains($0) }
        if share.first == "half"
            || (share.count >= 2 && shareCounts.contains(share[share.startIndex])
                && fractions.contains(share[share.startIndex + 1]))
        {
            return true
        }
        // "My surgery's newsletter said the local GPs' committee can't support either plan": someone else's words
        // passed on, though "said" has no "that".
        // "Given what we have said about the veto": the writer's own words, past its auxiliaries.
        if let said = clause.lastIndex(where: { sayings.contains($0) }),
            let speaker = clause[..<said].lastIndex(where: { !["have", "has", "had", "already", "also"].contains($0) }),
            !firstPerson.contains(clause[speaker]), !writerWords.contains(clause[speaker]),
            // "That said, we can support …", "having said that", "as reported": no one else's words.
            !["that", "this", "having", "all", "as", "be", "been", "is", "was", "being"].contains(clause[speaker])
        {
            return true
        }
        return reportingPhrases.contains { words.first($0, in: start..<end) != nil }
    }

    /// Verbs that pass on what someone else said.
    private static let sayings: Set<String> = ["said", "says", "reported", "reports", "reckons", "reckoned"]

    /// Whether the words just after a verb name someone else as its subject: "the option preferred by NHS
    /// England", "the preferred option in the consultation document".
    static func namesOthersAfter(_ words: Words, verbEnd end: Int) -> Bool {
        let range = end..<min(words.tokens.count, end + 6)
        return laterHolders.contains { words.first($0, in: range) != nil }
    }

    private static let laterHolders: [Phrase] = [
        "in the document", "in the consultation", "by nhs england", "by nhse", "by the government", "by the document",
        "of the document", "of the consultation", "of nhs england", "by the consultation", "by nhsei", "by ministers",
    ]

    /// The writer in the first person.
    static let firstPerson: Set<String> = ["we", "i", "us", "our", "my"]

    /// Words that name the writer as the one holding a view.
    static let writerWords: Set<String> = [
        "we", "i", "us", "our", "my", "council", "board", "panel", "commission", "committee", "trust", "federation",
        "partnership", "members", "member", "cabinet", "branch", "network", "lmc", "lpc", "ccg", "governors", "centre",
        "union", "hospice", "practice", "practices", "forum", "healthwatch", "executive", "leader", "governing",
        "trustees", "campaign", "directors", "committees",
    ]

    /// Verbs by which one body asks another to do something: "asking Cabinet to back …".
    static let askings: Set<String> = ["asking", "asked", "asks", "urging", "urged", "inviting", "invited", "calling"]

    /// Words that name someone else as the one holding a view.
    static let otherWords: Set<String> = [
        "document", "consultation", "england", "nhse", "nhsi", "improvement", "government", "partners", "councils",
        "others", "people", "residents", "respondents", "neighbours", "colleagues", "response", "they", "he", "she",
        "some", "many", "several", "proposals", "paper", "ministers", "department", "secretary", "authors",
        "providers", "trusts", "staff", "patients", "public", "system", "ics", "icss", "stp", "nhsei",
        // "The Chair favoured the first option", "a smaller number support the statutory body".
        "chair", "chairman", "vice", "councillor", "councillors", "number",
        // "a sizeable minority favoured the second", "our neighbouring authority has written in support of Option 1".
        "minority", "neighbouring",
        // "My neighbour, who sits on the district council, is firmly in favour of the committee version".
        "neighbour", "daughter", "son", "husband", "wife", "friend", "friends", "mother", "father",
        // "The two district council leaders spoke strongly in favour of the joint committee".
        "leaders",
        // "a view that our evidence does not support": the evidence, not the writer.
        "evidence", "research", "findings", "data",
        // "the acute trust representatives favour Option 2".
        "representatives", "representative",
        // "Those who favoured the joint committee stressed continuity".
        "those",
        // "the national bodies favour the second option".
        "bodies",
        // "the opposition group moved an amendment asking Cabinet to back …".
        "opposition",
    ]

    /// Nouns of manner or degree after "some" or "many": "with some hesitation", "in many respects".
    private static let manners: Set<String> = [
        "hesitation", "reluctance", "reservation", "reservations", "regret", "concern", "concerns", "misgivings",
        "caution", "sympathy", "enthusiasm", "confidence", "doubt", "doubts", "relief", "force", "extent", "degree",
        "time", "detail", "way", "ways", "respects", "cases", "trepidation", "unease",
    ]

    /// Shares of a group: "one third", "half".
    private static let fractions: Set<String> = ["third", "thirds", "quarter", "quarters", "fifth", "fifths"]
    /// The count before a share: "one third", "two thirds", "a quarter".
    private static let shareCounts: Set<String> = ["one", "two", "three", "four", "a"]
    /// Words before a share: "about two thirds".
    private static let approximately: Set<String> = ["about", "around", "roughly", "nearly", "almost", "over", "some"]

    private static let quantifiers: Set<String> = ["some", "many", "several", "most", "others", "certain", "few"]

    private static let reportingPhrases: [Phrase] = [
        "share the view", "share that view", "view expressed by", "expressed by", "told us", "we heard", "we spoke to",
        "were told", "it is said", "argue that", "argues that", "argued that", "claims that", "asserts",
        "suggests that",
        "according to", "would have us", "is said to", "are said to", "some partners", "many partners",
        "other partners",
        "some members", "some of our", "not share",
        // "We are aware that two of our trusts would rather see a joint committee", "I should be upfront that our
        // scrutiny panel … came down in favour of Option 1".
        "upfront that", "aware that", "know that", "knows that", "note that", "noted that", "notes that",
        "understand that", "understands that",
        // "The Committee heard that … the system-wide response is expected to support it".
        "heard that", "told that", "informed that", "advised that", "explained that",
        // "The Clinical Chair explained why her Governing Body supports Option 2".
        "explained why", "explains why", "set out why", "sets out why",
    ]
}
