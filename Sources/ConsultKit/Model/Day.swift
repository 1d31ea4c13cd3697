/// A calendar date without a time or a time zone, as consultations use them.
public struct Day: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    /// Creates a day, returning `nil` if it does not exist in the calendar.
    public init?(year: Int, month: Int, day: Int) {
        guard (1900...2999).contains(year), (1...12).contains(month), day >= 1,
            day <= Day.daysIn(month: month, year: year)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD` or the UK form `DD/MM/YYYY` (also `D/M/YYYY`). A time after the date
    /// (as survey tools export, `04/01/2021 14:32`) is ignored.
    public init?(parsing raw: String) {
        if let parts = Self.digitParts(raw) {
            self.init(year: parts.year, month: parts.month, day: parts.day)
            return
        }
        let text = raw.trimmingSpaces()
        let datePart = text.split(whereSeparator: { $0 == " " || $0 == "T" }).first.map(String.init) ?? ""
        if datePart.contains("-") {
            let parts = datePart.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]),
                let d = Int(parts[2])
            else { return nil }
            self.init(year: y, month: m, day: d)
        } else if datePart.contains("/") {
            let parts = datePart.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count == 3, parts[2].count == 4, let d = Int(parts[0]), let m = Int(parts[1]),
                let y = Int(parts[2])
            else { return nil }
            self.init(year: y, month: m, day: d)
        } else {
            return nil
        }
    }

    /// The ISO form, `YYYY-MM-DD`.
    public var description: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// The date as a British reader writes it: "4 January 2021".
    public var longDescription: String {
        let names = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ]
        return "\(day) \(names[month - 1]) \(year)"
    }

    public static func < (lhs: Day, rhs: Day) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let raw = try container.decode(String.self)
        guard let day = Day(parsing: raw) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(raw)' is not a date; expected YYYY-MM-DD or DD/MM/YYYY")
        }
        self = day
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// The common spellings, `D/M/YYYY` and `YYYY-M-D` in digits with an optional time after a space or
    /// `T`, read straight from the bytes; `nil` for anything else, which the general rules then read.
    private static func digitParts(_ raw: String) -> (year: Int, month: Int, day: Int)? {
        // At most three numbers; kept in variables rather than an array, since every export row has a date.
        var first = (value: 0, digits: 0)
        var second = (value: 0, digits: 0)
        var numbers = 0
        var separator: UInt8 = 0
        var current = 0
        var digits = 0
        var started = false
        for byte in raw.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                started = true
                current = current * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
                guard digits <= 4 else { return nil }
            case UInt8(ascii: "/"), UInt8(ascii: "-"):
                guard digits > 0, numbers < 2, separator == 0 || separator == byte else { return nil }
                separator = byte
                if numbers == 0 { first = (current, digits) } else { second = (current, digits) }
                numbers += 1
                (current, digits) = (0, 0)
            case UInt8(ascii: " "), UInt8(ascii: "T"), UInt8(ascii: "\t"):
                if !started { continue }
                guard byte != UInt8(ascii: "\t") else { return nil }
                return finish(numbers, first, second, (current, digits), separator)
            default:
                return nil
            }
        }
        return finish(numbers, first, second, (current, digits), separator)
    }

    /// The date three numbers make with their separator, when there are three (`count` before the last).
    private static func finish(
        _ count: Int, _ first: (value: Int, digits: Int), _ second: (value: Int, digits: Int),
        _ third: (value: Int, digits: Int), _ separator: UInt8
    ) -> (year: Int, month: Int, day: Int)? {
        guard count == 2, first.digits > 0, second.digits > 0, third.digits > 0 else { return nil }
        if separator == UInt8(ascii: "-"), first.digits == 4, second.digits <= 2, third.digits <= 2 {
            return (first.value, second.value, third.value)
        }
        if separator == UInt8(ascii: "/"), third.digits == 4, first.digits <= 2, second.digits <= 2 {
            return (third.value, second.value, first.value)
        }
        return nil
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
