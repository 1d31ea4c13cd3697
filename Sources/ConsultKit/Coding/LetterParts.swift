/// A letter split into what a reader sees: the letterhead, the salutation, the body, the sign-off and the signature.
///
/// Only the body is coded into answers; the other parts say who wrote and when.
struct LetterParts: Sendable, Hashable {
    /// A `Key: value` line: a pasted e-mail header (`From:`, `Sent:`), a form field (`Organisation:`) or a
    /// contact line in a letterhead or signature.
    struct Field: Sendable, Hashable {
        /// The key, lower case, without Markdown emphasis.
        var key: String
        /// The value, trimmed.
        var value: String
    }

    /// The fields of the letterhead and signature, in order, then a form's "about you" items asked as questions.
    var fields: [Field] = []
    /// A form's "about you" items asked as questions ("What is your name?"): a form, not a letter.
    var asked: [Field] = []
    /// The first block of the letter when it comes before the salutation: usually the letterhead.
    var letterhead: [String] = []
    /// Every line before the body, including the letterhead, the date and the addressee.
    var head: [String] = []
    /// The salutation ("Dear Sir/Madam,").
    var salutation: String?
    /// A one-line heading straight after the salutation, such as "Integrating care – response from …".
    var subject: String?
    /// The body's paragraphs, each as its lines.
    var body: [[String]] = []
    /// The sign-off line ("Yours faithfully,").
    var valediction: String?
    /// The lines after the sign-off: name, role, organisation, contact details.
    var signature: [String] = []

    init(_ text: String) {
        let all = Self.blocks(of: text)
        var blocks = all
        var start = 0
        while start < blocks.count, blocks[start].allSatisfy({ Self.isHeaderLine($0) || Self.isMessageSeparator($0) }) {
            head += blocks[start]
            start += 1
        }
        if let index = blocks.indices.dropFirst(start).prefix(14).first(where: { Self.isSalutation(blocks[$0][0]) }) {
            if index > start { letterhead = blocks[start] }
            for block in blocks[start..<index] { head += block }
            salutation = blocks[index][0]
            blocks[index].removeFirst()
            start = blocks[index].isEmpty ? index + 1 : index
            if start < blocks.count, Self.isSubjectLine(blocks[start]) {
                subject = blocks[start][0]
                start += 1
            }
        } else {
            if start < blocks.count, !blocks[start].contains(where: LetterSegmenter.isQuestionReference) {
                letterhead = blocks[start]
            }
            while start < blocks.count, Self.isHeadBlock(blocks[start]) {
                head += blocks[start]
                start += 1
            }
        }
        var end = blocks.count
        if let (blockIndex, lineIndex) = Self.valedictionPosition(in: blocks, from: start) {
            valediction = blocks[blockIndex][lineIndex]
            signature = Array(blocks[blockIndex][(lineIndex + 1)...]) + blocks[(blockIndex + 1)...].flatMap { $0 }
            blocks[blockIndex] = Array(blocks[blockIndex][..<lineIndex])
            end = blockIndex + 1
        } else {
            while end > start, Self.isSignatureBlock(blocks[end - 1]) { end -= 1 }
            signature = blocks[end...].flatMap { $0 }
        }
        body = blocks[start..<max(start, end)].filter { !$0.isEmpty }
        asked = all.indices.flatMap {
            Self.askedFields(in: all[$0], next: all.indices.contains($0 + 1) ? all[$0 + 1] : [])
        }
        // "Name (optional): Patricia Venn" in a form's "about you" section, which is in the body.
        asked += body.joined().compactMap(Self.aboutYouField)
        fields = (head + signature).compactMap { Self.field($0) } + asked
    }

    /// A form's "about you" items asked as questions: "What is your name?" with the answer on the next lines, or
    /// "I am responding as:" with a tick box on each line after it. An item that ends its block is answered by
    /// the `next` block when that is a short answer, not another item.
    static func askedFields(in block: [String], next: [String]) -> [Field] {
        var found: [Field] = []
        var block = block
        if let last = block.last, isAskedLine(last), (1...4).contains(next.count), !next.contains(where: isAskedLine) {
            block += next
        }
        for (index, line) in block.enumerated() where index + 1 < block.count {
            // A numbered paragraph of a letter is not a form's item.
            guard isAskedLine(line), Words(line).wordCount <= 30 else { continue }
            let numbered = line.prefix { $0.isNumber }
            let key = String(line.dropFirst(numbered.count)).lowercased().trimmingCharacters(in: ".):?… ")
            guard isAboutYouKey(key) else { continue }
            let rest = block[(index + 1)...].prefix { !isAskedLine($0) }
            let boxes = rest.prefix(while: FormAnswer.hasBoxes)
            if !boxes.isEmpty {
                if let ticked = FormAnswer.ticked(boxes.joined(separator: " ")) {
                    found.append(Field(key: key, value: ticked))
                }
            } else if let first = rest.first, let answer = field(first), rest.count == 1, isAboutYouKey(answer.key) {
                // "What is your name?" answered "Name: Gareth Olowe".
                found.append(answer)
            } else if rest.count == 1 || (rest.count <= 4 && (!numbered.isEmpty || line.hasSuffix("?"))),
                !(rest.last?.hasSuffix("?") ?? true), !rest.contains(where: isListItem),
                Words(rest.joined(separator: " ")).wordCount <= 40
            {
                // "Kingsbarrow Council for Voluntary Service. We are the infrastructure body …" over a few lines; not
                // the list after "… for voluntary sector organisations:" in a letter.
                found.append(Field(key: key, value: rest.joined(separator: " ")))
            }
        }
        return found
    }

    /// A line that starts a list item: "– a named lead", "• funding", "* membership".
    private static func isListItem(_ line: String) -> Bool {
        guard let first = line.first else { return false }
        return "-–—•*·".contains(first)
    }

    /// A line that reads as a form's item, not its answer: "What is your name?", "I am responding as:", or a
    /// numbered item: "1. Your name", "3. Are you responding as...".
    private static func isAskedLine(_ line: String) -> Bool {
        let numbered = line.prefix { $0.isNumber }
        let asked = line.hasSuffix("?") || line.hasSuffix(":") || line.hasSuffix("...") || line.hasSuffix("…")
        guard asked || (!numbered.isEmpty && line.dropFirst(numbered.count).first.map { ".) ".contains($0) } ?? false)
        else { return false }
        return field(line) == nil
    }

    /// An "about you" item written as `Key: value` in a form's body: "Name (optional): Patricia Venn",
    /// "Organisation name: Wolverdale Council for Voluntary Service", "Are you responding as: (x) A member of the
    /// public".
    static func aboutYouField(_ line: String) -> Field? {
        guard let field = field(line, words: 5), isAboutYouKey(field.key) else { return nil }
        return field
    }

    /// Whether a form item's key asks who the respondent is.
    private static func isAboutYouKey(_ key: String) -> Bool {
        key == "name" || key.hasSuffix(" name") || aboutYou.contains(where: { key.contains($0) })
    }

    /// Whether a form's item asks about the respondent ("Your name and role", "Which best describes you?",
    /// "Postcode") rather than for a view.
    static func isAboutYou(_ label: String) -> Bool {
        let words = Words(label)
        // "May we publish your response?" is about the respondent too.
        return words.tokens.contains { aboutYouWords.contains($0) } || words.containsAny(["describes you"])
            || ConsentReader.isConsentItem(label)
    }

    private static let aboutYouWords: Set<String> = [
        "name", "names", "organisation", "organization", "organisations", "role", "contact", "email", "e-mail",
        "telephone", "phone", "address", "postcode", "area", "type", "sector", "capacity", "behalf", "job", "title",
        "position", "age", "ward", "borough", "responding", "respondent", "representing", "individual",
    ]

    /// Words of a form's question about the respondent.
    private static let aboutYou = [
        "your name", "name of", "organisation", "organization", "responding as", "describes you", "capacity",
        "behalf", "publish",
    ]
}

extension LetterParts {
    /// The value of the first field whose key is one of `keys`.
    func field(_ keys: Set<String>) -> String? { fields.first { keys.contains($0.key) }?.value }

    /// `Key: value` with a short key of letters and spaces (at most `words` of them), Markdown emphasis removed.
    /// A note in brackets after the key ("Name (optional):") is not part of it.
    static func field(_ line: String, words: Int = 3) -> Field? {
        let plain = line.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "__", with: "")
        guard let colon = plain.firstIndex(of: ":") else { return nil }
        var key = String(plain[..<colon]).lowercased()
        if let open = key.firstIndex(of: "("), key.hasSuffix(")") { key = String(key[..<open]) }
        key = key.trimmingSpaces()
        let value = String(plain[plain.index(after: colon)...]).trimmingSpaces()
        guard !key.isEmpty, key.count <= 8 * words, !value.isEmpty, key.allSatisfy({ $0.isLetter || $0 == " " }),
            key.split(separator: " ").count <= words
        else { return nil }
        return Field(key: key, value: value)
    }

    /// The paragraphs of a text: runs of non-blank lines, each line trimmed.
    static func blocks(of text: String) -> [[String]] {
        var blocks: [[String]] = []
        var current: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = String(line).trimmingSpaces()
            if trimmed.isEmpty {
                if !current.isEmpty { blocks.append(current) }
                current = []
            } else {
                current.append(trimmed)
            }
        }
        if !current.isEmpty { blocks.append(current) }
        return blocks
    }
}

private extension LetterParts {
    static let headerKeys: Set<String> = [
        "from", "sent", "date", "to", "cc", "bcc", "subject", "reply to", "importance",
    ]

    static func isHeaderLine(_ line: String) -> Bool {
        guard let field = field(line) else { return false }
        return headerKeys.contains(field.key)
    }

    static func isMessageSeparator(_ line: String) -> Bool {
        let key = line.matchKey
        return key.hasPrefix("---") && (key.contains("original message") || key.contains("forwarded message"))
    }

    static let salutations = [
        "dear ", "hi ", "hello", "good morning", "good afternoon", "morning ", "afternoon ", "to whom it may concern",
    ]

    static func isSalutation(_ line: String) -> Bool {
        let key = line.matchKey
        return Words(line).wordCount <= 8 && salutations.contains { key.hasPrefix($0) || key == $0.trimmingSpaces() }
    }

    static func isSubjectLine(_ block: [String]) -> Bool {
        guard block.count == 1, let line = block.first else { return false }
        let words = Words(line)
        guard words.wordCount >= 4, words.wordCount <= 25, !line.hasSuffix("."), !line.hasSuffix("?"),
            !line.hasSuffix(":")
        else { return false }
        // "Which option do you prefer? - Option 2 (statutory corporate NHS body)" is a question and its answer.
        if let mark = words.tokens.firstIndex(of: "?"), mark + 1 < words.tokens.count { return false }
        // A subject names the consultation or the response; a short line such as "Membership" is a heading.
        let marks =
            words.tokens.contains(":") || words.tokens.contains("–")
            || words.containsAny(["response", "consultation", "integrating care", "re"])
        return marks && !LetterSegmenter.isQuestionReference(line) && !line.hasPrefix("*") && !line.hasPrefix("#")
    }

    /// A block of short lines (an address, a date, a form's title and reference) before a letter that has no salutation.
    static func isHeadBlock(_ block: [String]) -> Bool {
        // "Which option do you prefer?" with its answer under it is a form's item, not its heading.
        !block.contains(where: LetterSegmenter.isQuestionReference)
            && !block.contains(where: { $0.hasSuffix("?") && field($0) == nil })
            && block.allSatisfy { line in
                let count = Words(line).wordCount
                return field(line) != nil || (count <= 12 && !(count >= 6 && line.hasSuffix(".")))
            }
    }

    static let valedictions = [
        "yours faithfully", "yours sincerely", "yours truly", "yours ever", "kind regards", "best regards",
        "warm regards",
        "warmest regards", "with kind regards", "with best wishes", "best wishes", "regards", "many thanks",
        "with thanks",
        "thanks", "thank you", "all the best", "cheers",
    ]

    /// The block and line of the last sign-off in the closing part of the letter.
    static func valedictionPosition(in blocks: [[String]], from start: Int) -> (Int, Int)? {
        let first = max(start, blocks.count - 8)
        guard first < blocks.count else { return nil }
        for blockIndex in (first..<blocks.count).reversed() {
            for (lineIndex, line) in blocks[blockIndex].enumerated().reversed() {
                let key = line.matchKey
                let words = Words(line).wordCount
                let isThanks = key.hasPrefix("thank")
                guard words <= (isThanks ? 8 : 5) else { continue }
                if valedictions.contains(where: { key.hasPrefix($0) }) { return (blockIndex, lineIndex) }
            }
        }
        return nil
    }

    /// A block at the end of a letter with no sign-off that reads as a signature: short lines, no sentences, no
    /// tick boxes.
    static func isSignatureBlock(_ block: [String]) -> Bool {
        // A form's last answer ("(*) Option 2 - statutory ICS body") is not a signature.
        !block.contains(where: LetterSegmenter.isQuestionReference) && !block.contains(where: FormAnswer.hasBoxes)
            && block.allSatisfy { line in
                let last = line.last
                return Words(line).wordCount <= 10 && last != "." && last != "?" && last != "!" && last != ":"
            }
    }
}
