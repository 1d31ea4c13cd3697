import Foundation

/// Guesses who sent a letter, what kind of stakeholder they are, where they are, when they wrote and how to
/// reach them, from a form's "about you" items, the letterhead, the signature block, the e-mail sender and
/// the subject line, in that order of trust.
struct RespondentGuesser: Sendable {
    let questionnaire: Questionnaire

    /// What the letter says about its sender; `nil` where it says nothing.
    struct Guess: Sendable, Hashable {
        var respondent: String?
        var type: String?
        var place: String?
        var date: Day?
        var contact: String?
    }

    func guess(_ letter: LetterText, parts: LetterParts, formFields: [LetterParts.Field]) -> Guess {
        var guess = Guess()
        let form = formFields + parts.fields
        var person: String?
        var formType: String?
        for var field in form {
            // "Responding as: [ ] An individual  [x] On behalf of an organisation" answers with its ticked box.
            guard let ticked = FormAnswer.ticked(field.value) else { continue }
            field.value = ticked
            let named = field.key.contains("name") || field.key.contains("behalf") || field.key == "organisation"
            if Self.isTypeQuestion(field.key), !named {
                formType = formType ?? type(described: field.value)
            } else if field.key == "respondent", OrganisationName.isPerson(field.value) {
                person = person ?? OrganisationName.clean(field.value)
            } else if field.key.contains("organisation") || field.key.contains("organization")
                || field.key == "respondent"
            {
                var value = Self.organisationAnswer(field.value)
                // "Mellstock Council for Voluntary Service, 12 Abbey Walk, …": the name before its address.
                if !OrganisationName.isOrganisation(value), let name = value.split(separator: ",").first,
                    OrganisationName.isOrganisation(String(name))
                {
                    value = String(name)
                }
                // "On behalf of an organisation" answers "individual or organisation?", and names no one.
                if Self.saysOnlyOrganisation(value) { continue }
                if value.matchKey.hasPrefix("as an individual") || value.matchKey == "individual" {
                    formType = formType ?? StakeholderType.publicID
                } else if guess.respondent == nil, OrganisationName.isOrganisation(value) || field.key == "organisation"
                {
                    guess.respondent = Self.withoutTown(OrganisationName.clean(value))
                }
            } else if field.key.contains("name"), person == nil {
                // "Emmanuel Okafor-Reyes, SE34": the name before the postcode or role asked for with it.
                let name = String(field.value.split(separator: ",").first ?? "")
                person = [field.value, name].first(where: OrganisationName.isPerson).map(OrganisationName.clean)
            }
        }
        if formType == StakeholderType.publicID { guess.respondent = nil }
        // A form's heading names whoever ran it, not the respondent.
        if guess.respondent == nil, formType != StakeholderType.publicID, formFields.isEmpty, parts.asked.isEmpty {
            guess.respondent =
                organisation(inLetterhead: parts.letterhead) ?? organisation(inSignature: parts.signature)
                ?? organisation(inSender: letter.senderName ?? parts.field(["from"]))
                ?? organisation(inText: [parts.subject, letter.subject, parts.field(["subject"])].compactMap { $0 })
        }
        if guess.respondent == nil {
            person =
                person ?? Self.person(inSignature: parts.signature) ?? letter.senderName.flatMap(Self.personName)
                ?? parts.field(["from"]).flatMap(Self.personName)
            if let person {
                guess.respondent = person
                formType = formType ?? StakeholderType.publicID
            }
        }
        if let respondent = guess.respondent {
            guess.type =
                formType
                ?? type(
                    named: respondent, about: parts.letterhead + parts.signature,
                    opening: parts.body.first?.joined(separator: " "))
            guess.place = place(in: [respondent] + parts.letterhead + parts.signature)
        } else {
            guess.type = formType
        }
        guess.date = letter.date ?? date(parts)
        let own = parts.fields.filter {
            ["from", "email", "e mail", "contact email", "contact", "reply to"].contains($0.key)
        }
        guess.contact = letter.senderAddress ?? Self.address(in: own.map(\.value) + parts.letterhead + parts.signature)
        return guess
    }

    /// The stakeholder type an organisation's name suggests: its words first ("Scrutiny", "Healthwatch",
    /// "Council"), then the questionnaire's labels and synonyms.
    ///
    /// A registered charity ("registered charity no. 1234567" in the signature) is voluntary sector whatever
    /// its name says ("Friends of Riverside Community Hospital").
    ///
    /// A name whose own words match only a type's synonym ("Partnership") is read with what the letter says it
    /// is: the line under it in the letterhead ("GP Federation for Wexcombe …"), a gloss in brackets after it
    /// ("Teyford Health Partnership (GP Federation)"), or "<name> is the GP federation for …" at the start of the
    /// letter.
    func type(named name: String, about lines: [String] = [], opening: String? = nil) -> String {
        let words = Words(name)
        // "Save Copley Marsh Hospital", "Keep Coldharbour NHS Public": a campaign, whatever it campaigns for.
        let campaigns: [[String]] = [["save"], ["defend"], ["stop"], ["keep", "our"], ["hands", "off"]]
        if campaigns.contains(where: { words.tokens.starts(with: $0) }) || words.containsAny(["nhs public"]),
            questionnaire.stakeholderType(id: "other") != nil
        {
            return "other"
        }
        if let id = ruleType(words) { return id }
        let charity: [Phrase] = ["registered charity", "charity number", "charity no", "charitable incorporated"]
        if lines.contains(where: { Words($0).containsAny(charity) }),
            questionnaire.stakeholderType(id: "voluntary-sector") != nil
        {
            return "voluntary-sector"
        }
        guard let named = synonymType(words) else { return "other" }
        let glossed = Self.glosses(of: name, in: lines, opening: opening).lazy.compactMap { self.ruleType(Words($0)) }
        return glossed.first ?? named
    }

    /// What the letter says an organisation is: the line after its name in the letterhead, a gloss in brackets
    /// after its name, and what follows "<name> is the" or "is a" in the letter's opening, up to "for" or the
    /// sentence's end.
    static func glosses(of name: String, in lines: [String], opening: String?) -> [String] {
        var found: [String] = []
        for (index, line) in lines.enumerated() {
            guard let range = line.range(of: name, options: .caseInsensitive) else { continue }
            let rest = String(line[range.upperBound...]).trimmingSpaces()
            if rest.hasPrefix("("), let close = rest.firstIndex(of: ")") {
                found.append(String(rest[rest.index(after: rest.startIndex)..<close]))
            }
            if rest.isEmpty, index + 1 < lines.count, Words(lines[index + 1]).wordCount <= 10 {
                found.append(lines[index + 1])
            }
        }
        if let opening, let range = opening.range(of: name + " is ", options: .caseInsensitive) {
            let sentence = opening[range.upperBound...].prefix { $0 != "." }
            let described = sentence.components(separatedBy: " for ").first ?? String(sentence)
            if Words(described).wordCount <= 6 { found.append(described) }
        }
        return found
    }

    /// The organisation a form's answer names, among the label, role and description around it: "On behalf of an
    /// organisation - Tamsford Voluntary Action", "Yes - Rowanfield Council for Voluntary Service (the
    /// infrastructure body …)", "Ravensholm Council for Voluntary Service (RCVS) - Chief Officer",
    /// "Kingsbarrow Council for Voluntary Service. We are …". The answer as it stands when no part names one.
    static func organisationAnswer(_ value: String) -> String {
        var parts = [OrganisationName.withoutBrackets(value)]
        for separator in [" - ", " – ", ": ", ". "] {
            parts = parts.flatMap { $0.components(separatedBy: separator) }
        }
        let named = parts.map { $0.trimmingSpaces().trimmingCharacters(in: ".") }.first {
            let key = $0.matchKey
            return OrganisationName.isOrganisation($0) && !saysOnlyOrganisation($0) && !key.hasPrefix("on behalf")
                && !key.hasPrefix("as an ")
        }
        return named ?? value
    }
}

private extension RespondentGuesser {
    static let typeRules: [([Phrase], String)] = [
        (["scrutiny", "hosc", "jhosc"], "scrutiny-committee"),
        (
            ["health and wellbeing board", "health and well being board", "hwb", "wellbeing board"],
            "health-and-wellbeing-board"
        ),
        (["healthwatch", "health watch"], "healthwatch"),
        (
            [
                "primary care network", "pcn", "gp federation", "federation", "gp", "general practice",
                "local medical committee",
                "lmc", "local pharmaceutical committee", "lpc", "community pharmacy", "pharmacy",
                "local dental committee", "local optical committee",
                "surgery",
                "medical practice",
            ], "primary-care"
        ),
        (
            [
                "council for voluntary service", "cvs", "vcs", "vcse", "voluntary", "charity", "hospice", "carers",
                "cic", "community interest company",
                "third sector",
                "social enterprise", "network",
            ], "voluntary-sector"
        ),
        (["clinical commissioning group", "ccg"], "ccg"),
        (["nhs trust", "foundation trust", "hospitals", "ambulance service"], "nhs-trust"),
        (["council", "borough", "local authority", "county", "city corporation"], "local-authority"),
        (
            ["integrated care system", "health and care partnership", "integrated care partnership", "ics", "stp"],
            "ics"
        ),
        (["union", "university", "campaign", "professor", "institute", "college", "association", "society"], "other"),
    ]

    /// "On behalf of an organisation", a form's answer to "individual or organisation?": it says that there is an
    /// organisation, but neither its name nor its kind.
    static func saysOnlyOrganisation(_ value: String) -> Bool {
        ["on behalf of an organisation", "an organisation", "organisation"].contains(value.matchKey)
    }

    static func isTypeQuestion(_ key: String) -> Bool {
        key == "type"
            || ["describes", "type of", "kind of", "sector", "capacity", "responding as"].contains {
                key.contains($0)
            }
    }

    /// A form's answer to "Which best describes you?".
    func type(described value: String) -> String? {
        if Self.saysOnlyOrganisation(value) { return nil }
        let words = Words(value)
        if let id = synonymType(words), id == StakeholderType.publicID { return id }
        return ruleType(words) ?? synonymType(words)
    }

    /// The first type whose own words ("scrutiny", "gp federation", "council") appear, among the questionnaire's
    /// types.
    func ruleType(_ words: Words) -> String? {
        Self.typeRules.first { rule in
            questionnaire.stakeholderType(id: rule.1) != nil && words.containsAny(rule.0)
        }?.1
    }

    /// The type whose label or a synonym appears in the words, longest first.
    func synonymType(_ words: Words) -> String? {
        var best: (id: String, length: Int)?
        for type in questionnaire.stakeholderTypes {
            for text in [type.label] + type.synonyms {
                let phrase = Phrase(text)
                guard phrase.words.count > 1 || (phrase.words.first?.count ?? 0) >= 4 else { continue }
                if words.contains(phrase), phrase.words.count > (best?.length ?? 0) {
                    best = (type.id, phrase.words.count)
                }
            }
        }
        return best?.id
    }

    func organisation(inLetterhead lines: [String]) -> String? {
        guard let first = lines.first else { return nil }
        if OrganisationName.isOrganisation(first), !OrganisationName.isRole(first) {
            let name = OrganisationName.clean(first)
            if lines.count > 1, !OrganisationName.isRole(lines[1]), OrganisationName.isOrganisation(lines[1]) {
                let second = OrganisationName.clean(lines[1])
                let council = Words(name).tokens.contains("council")
                // A board or committee the council hosts writes for itself: "Fenwick Health and Wellbeing
                // Board" under "Fenwick County Council" is the board; an unplaced committee takes the council's name.
                if council, OrganisationName.isCommittee(second) || OrganisationName.isBoard(second) {
                    let place = Words(name).tokens.first
                    if let place, Words(second).tokens.contains(place) { return second }
                    return name + " " + second
                }
                if OrganisationName.isBranch(second) { return name + ", " + second }
            }
            return name
        }
        guard OrganisationName.isPerson(first) else { return nil }
        let academic: [Phrase] = ["university", "institute", "college", "school"]
        if let org = lines.dropFirst().first(where: {
            OrganisationName.isOrganisation($0) && Words($0).containsAny(academic)
        }) {
            return OrganisationName.clean(first) + ", " + OrganisationName.clean(org)
        }
        return nil
    }

    func organisation(inSignature lines: [String]) -> String? {
        var found: [String] = []
        for line in lines where LetterParts.field(line) == nil && !line.contains("@") {
            for part in line.components(separatedBy: "|") {
                var candidate = part.trimmingSpaces()
                if let behalf = candidate.range(of: "on behalf of ", options: .caseInsensitive) {
                    candidate = String(candidate[behalf.upperBound...])
                    if candidate.lowercased().hasPrefix("the ") { candidate = String(candidate.dropFirst(4)) }
                } else if let comma = candidate.firstIndex(of: ","),
                    OrganisationName.isRole(candidate) || OrganisationName.isRole(String(candidate[..<comma]))
                {
                    // "Branch Secretary, CHWU Wyke Valley Health Branch": the role, then the organisation.
                    candidate = String(candidate[candidate.index(after: comma)...]).trimmingSpaces()
                }
                guard OrganisationName.isOrganisation(candidate), !OrganisationName.isRole(candidate) else { continue }
                found.append(OrganisationName.clean(candidate))
            }
        }
        guard var name = found.first else { return nil }
        if OrganisationName.isCommittee(name),
            let council = found.dropFirst().first(where: { Words($0).tokens.contains("council") }),
            let place = Words(council).tokens.first, !Words(name).tokens.contains(place)
        {
            name = council + " " + name
        }
        return name
    }

    /// "Marcus Delaney (Healthwatch Marshbrook)" or a sender that is itself an organisation.
    func organisation(inSender sender: String?) -> String? {
        guard var sender else { return nil }
        if let angle = sender.firstIndex(of: "<") { sender = String(sender[..<angle]) }
        sender = sender.replacingOccurrences(of: "\"", with: "").trimmingSpaces()
        if let open = sender.firstIndex(of: "("), let close = sender.lastIndex(of: ")"), open < close {
            let inner = String(sender[sender.index(after: open)..<close])
            if OrganisationName.isOrganisation(inner) { return OrganisationName.clean(inner) }
        }
        return OrganisationName.isOrganisation(sender) ? OrganisationName.clean(sender) : nil
    }

    /// "… – response from Brayford District Council", "views of the Eastmere Health Scrutiny Commission".
    func organisation(inText lines: [String]) -> String? {
        for line in lines {
            for marker in ["response from ", "response of ", "views of ", "comments from ", "on behalf of "] {
                guard let range = line.range(of: marker, options: .caseInsensitive) else { continue }
                var rest = String(line[range.upperBound...])
                if rest.lowercased().hasPrefix("the ") { rest = String(rest.dropFirst(4)) }
                let name = OrganisationName.clean(rest)
                if OrganisationName.isOrganisation(name) { return name }
            }
        }
        return nil
    }

    static func person(inSignature lines: [String]) -> String? {
        for line in lines.prefix(3) where OrganisationName.isPerson(line) { return OrganisationName.clean(line) }
        return nil
    }

    static func personName(_ sender: String) -> String? {
        var name = sender
        if let angle = name.firstIndex(of: "<") { name = String(name[..<angle]) }
        name = name.replacingOccurrences(of: "\"", with: "").trimmingSpaces()
        return OrganisationName.isPerson(name) ? OrganisationName.clean(name) : nil
    }

    /// "St Cuthbert's Hospice, Marshbrook" is the hospice; the town after the comma is not part of its name.
    static func withoutTown(_ name: String) -> String {
        guard let comma = name.lastIndex(of: ",") else { return name }
        let town = String(name[name.index(after: comma)...]).trimmingSpaces()
        return town.split(separator: " ").count == 1 ? String(name[..<comma]).trimmingSpaces() : name
    }

    func place(in lines: [String]) -> String? {
        for line in lines {
            let words = Words(line)
            for place in questionnaire.places {
                if ([place.label] + place.synonyms).contains(where: { words.contains(Phrase($0)) }) { return place.id }
            }
        }
        return nil
    }

    func date(_ parts: LetterParts) -> Day? {
        // A form export's "Submitted on:" may share its block with a sentence, which puts it in the body.
        let opening = parts.body.prefix(2).flatMap { $0 }.compactMap { LetterParts.field($0) }
        for field in parts.fields + opening
        where ["sent", "date", "submitted", "date submitted", "date received", "submitted on", "completed"].contains(
            field.key)
        {
            if let day = LetterDate.anywhere(field.value) { return day }
        }
        // "Submitted on 2021-01-08 11:05:37", "Response submitted 2 January 2021, 16:05": a form export's label with
        // no colon of its own, before a time that has one.
        for line in parts.head + parts.body.prefix(3).flatMap({ $0 }) {
            let key = line.lowercased()
            guard Self.submissionLabels.contains(where: { key.hasPrefix($0) }) else { continue }
            if let day = LetterDate.anywhere(line) { return day }
        }
        for line in parts.head + parts.signature {
            if let day = LetterDate.standalone(line) { return day }
        }
        return nil
    }

    /// How form exports open the line that dates a response.
    static let submissionLabels = ["submitted on ", "response submitted ", "date submitted ", "completed on "]

    static func address(in lines: [String]) -> String? {
        for line in lines {
            for token in line.split(whereSeparator: { " <>()|,;:".contains($0) }) where token.contains("@") {
                let address = token.trimmingCharacters(in: ".")
                if address.contains("."), !address.hasPrefix("@") { return address }
            }
        }
        return nil
    }
}
