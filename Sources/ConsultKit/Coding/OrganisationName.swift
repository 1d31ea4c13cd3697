/// Recognises and tidies the names of organisations and people in letterheads and signatures.
enum OrganisationName {
    /// Whether a line names an organisation: it has a word such as "Council", "Trust" or "Healthwatch", and
    /// is not an address, a contact line or a sentence.
    static func isOrganisation(_ line: String) -> Bool {
        let words = Words(line)
        guard words.wordCount >= 1, words.wordCount <= 14, !line.contains("@"), !line.lowercased().contains("www."),
            !hasPostcode(line), !(line.first?.isNumber ?? false), !line.hasSuffix(".")
        else { return false }
        return words.tokens.contains { organisationWords.contains($0) }
    }

    /// Whether a line names a committee of a larger body ("Health Scrutiny Commission").
    static func isCommittee(_ line: String) -> Bool {
        Words(line).tokens.contains { ["panel", "commission", "committee", "subcommittee"].contains($0) }
    }

    /// Whether a line names a board that speaks for itself, such as a health and wellbeing board.
    static func isBoard(_ line: String) -> Bool {
        Words(line).containsAny(["wellbeing board", "well being board", "health and wellbeing"])
    }

    /// Whether a line names a branch of a larger body ("Wealdmoor Health and Care Branch").
    static func isBranch(_ line: String) -> Bool { Words(line).tokens.contains("branch") }

    /// Whether a line is a job title rather than an organisation ("Leader of the Council", "Chief Executive").
    static func isRole(_ line: String) -> Bool {
        let tokens = Words(line).tokens.filter { !Words.isMark($0) }
        guard let first = tokens.first, let last = tokens.last else { return false }
        // "Branch Secretary", "Engagement Manager": a title that ends in the role.
        return roleWords.contains(first) || (tokens.count <= 3 && trailingRoles.contains(last))
    }

    private static let trailingRoles: Set<String> = [
        "secretary", "director", "chair", "manager", "officer", "coordinator", "treasurer", "convenor", "lead",
    ]

    /// Whether a line looks like a person's name: two to five capitalised words, perhaps with a title.
    static func isPerson(_ line: String) -> Bool {
        let cleaned = clean(line)
        let parts = cleaned.split(separator: " ")
        guard (2...5).contains(parts.count), !isOrganisation(cleaned), !cleaned.contains("@"),
            !cleaned.contains(where: \.isNumber)
        else { return false }
        return parts.allSatisfy { $0.first?.isUppercase == true }
    }

    /// The text without its asides in brackets: "Ravensholm CVS (RCVS) - Chief Officer" becomes "Ravensholm CVS  -
    /// Chief Officer".
    static func withoutBrackets(_ text: String) -> String {
        var text = text
        while let open = text.firstIndex(of: "("), let close = text[open...].firstIndex(of: ")") {
            text.removeSubrange(open...close)
        }
        return text
    }

    /// The name tidied: brackets, "Ltd" and trailing lower-case words removed, capitals made title case.
    static func clean(_ name: String) -> String {
        var text = withoutBrackets(name.replacingOccurrences(of: "**", with: ""))
        var words = text.split(separator: " ").map(String.init)
        for title in ["mrs", "mr", "ms", "miss", "cllr", "councillor", "dr", "dr."]
        where words.first?.lowercased() == title {
            words.removeFirst()
        }
        while let last = words.last,
            ["ltd", "ltd.", "limited", "plc", "cic", "-", "–", "|"].contains(last.lowercased())
                || (last.first?.isLowercase == true)
        {
            words.removeLast()
        }
        text = words.joined(separator: " ").trimmingSpaces()
        while let last = text.last, ",;:–-|".contains(last) { text = String(text.dropLast()).trimmingSpaces() }
        return isShouting(text) ? titleCase(text) : text
    }

    /// Organisation names written in capitals, as letterheads often are, in title case with acronyms kept.
    static func titleCase(_ text: String) -> String {
        let small: Set<String> = ["and", "of", "for", "the", "in", "on", "at", "to"]
        return text.split(separator: " ").enumerated().map { offset, word in
            let lower = word.lowercased()
            if acronyms.contains(lower) { return word.uppercased() }
            if offset > 0, small.contains(lower) { return lower }
            return lower.prefix(1).uppercased() + lower.dropFirst()
        }.joined(separator: " ")
    }

    private static func isShouting(_ text: String) -> Bool {
        let letters = text.filter(\.isLetter)
        return letters.count >= 4 && letters.allSatisfy(\.isUppercase)
    }

    private static func hasPostcode(_ line: String) -> Bool {
        let parts = line.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        for (first, second) in zip(parts, parts.dropFirst()) {
            let outward =
                first.count >= 2 && first.count <= 4 && first.first?.isLetter == true
                && first.contains(where: \.isNumber) && first.allSatisfy { $0.isUppercase || $0.isNumber }
            let inward =
                second.count == 3 && second.first?.isNumber == true && second.dropFirst().allSatisfy(\.isUppercase)
            if outward && inward { return true }
        }
        return false
    }

    static let organisationWords: Set<String> = [
        "council", "borough", "trust", "board", "committee", "commission", "panel", "healthwatch", "ccg", "group",
        "federation", "network", "pcn", "centre", "center", "union", "branch", "partnership", "hospice", "hospital",
        "hospitals", "university", "campaign", "service", "services", "association", "alliance", "forum", "society",
        "charity", "foundation", "college", "lmc", "lpc", "practice", "surgery", "action", "voluntary", "nhs", "ltd",
        "limited", "cic", "institute", "system", "ics", "stp", "authority", "cvs", "vcs", "vcse", "pharmacy",
        "networks", "pcns", "federations", "practices", "councils", "trusts", "partners",
    ]
    private static let roleWords: Set<String> = [
        "leader", "chair", "chairman", "chairwoman", "chief", "director", "secretary", "head", "member", "cabinet",
        "executive", "officer", "manager", "councillor", "cllr", "clinical", "medical", "company", "professor",
        "deputy",
        "vice", "interim", "acting", "assistant", "lead", "independent", "accountable", "portfolio", "programme",
        "senior",
        "on", "representing", "tel", "telephone", "email", "e", "mobile", "phone", "switchboard", "helpline",
        "office", "direct", "please", "contact", "by", "to",
    ]
    private static let acronyms: Set<String> = [
        "nhs", "ccg", "ics", "gp", "pcn", "lmc", "lpc", "cvs", "vcs", "vcse", "hwb", "stp", "uk", "cic",
    ]
}
