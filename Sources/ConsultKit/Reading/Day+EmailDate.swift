extension Day {
    /// Parses the date of an RFC 5322 `Date:` header, such as `Mon, 4 Jan 2021 16:02:11 +0000`.
    ///
    /// The day is the one the sender's clock showed (the time zone is not applied), which is the
    /// date a reader of the letter would give it. The weekday is optional, and two-digit years
    /// are read as RFC 5322 says (00–49 are 2000–2049).
    init?(emailDate text: String) {
        let tokens = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" })
        let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        for index in tokens.indices.dropLast(2) {
            guard let day = Int(tokens[index]),
                let month = months.firstIndex(of: tokens[index + 1].prefix(3).lowercased()),
                tokens[index + 2].allSatisfy(\.isASCII), var year = Int(tokens[index + 2])
            else { continue }
            switch tokens[index + 2].count {
            case 2: year += year < 50 ? 2000 : 1900
            case 3: year += 1900
            default: break
            }
            self.init(year: year, month: month + 1, day: day)
            return
        }
        return nil
    }
}
