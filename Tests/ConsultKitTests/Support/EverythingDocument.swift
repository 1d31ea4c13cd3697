import ConsultKit

/// A document that uses every block kind, with hostile text in every place text can go.
///
/// The renderers' tests and golden files all use it, so one fixture shows every feature and every escape.
enum EverythingDocument {
    /// Markup and an attribute break-out as a respondent might type them, plus a control character (BEL).
    static let hostile = "<script>alert(1)</script> & \" onmouseover=\"x ' \u{7}"

    /// Characters that mean something in Markdown.
    static let markdownHostile = "# *star* _under_ `code` [link](javascript:alert(1)) | pipe ~~gone~~ &lt;"

    static let document = Document(
        title: "Urgent care in North Riverside: consolidated response \(hostile)",
        subtitle: [
            "Draft for sign-off", "North Riverside Integrated Care System", "Deadline 8 January 2021 \(hostile)",
        ],
        author: "North Riverside ICS \(hostile)",
        language: "en-GB",
        blocks: [
            .heading(level: 1, text: "Summary \(hostile)"),
            .paragraph([
                .text("We received "), .bold("1,204 responses"), .text(" and "), .italic("most preferred Option 2"),
                .text(". One said: \(hostile)"),
            ]),
            .bullets([
                [.text("Option 1: keep the current model")],
                [.bold("Option 2"), .text(": merge the two urgent treatment centres \(hostile)")],
                [.text(markdownHostile)],
                [.text("- not a nested item")],
            ]),
            .paragraph([.text("1. This is not a numbered list, and \n\nthis is not a new paragraph.")]),
            .heading(level: 2, text: "Option preference \(markdownHostile)"),
            .chart(optionChart),
            .table(optionTable),
            .heading(level: 3, text: "By stakeholder type \(hostile)"),
            .paragraph([.italic(" Spaces around emphasis "), .text("stay outside the markers.")]),
            .heading(level: 1, text: "Safety of the new model"),
            // A jump from level 1 to 3 that the renderers close up.
            .heading(level: 3, text: "Agreement by locality"),
            .chart(agreementChart),
            .table(agreementTable),
            .quote(
                text: "It took me two hours to get there by bus. \(hostile)",
                attribution: "Member of the public, \(hostile)"),
            .drafted(
                note: "Drafted from 7 responses \(hostile)",
                content: [
                    .paragraph([.text("Respondents worried about travel times "), .bold(hostile)]),
                    .bullets([[.text("Bus routes \(markdownHostile)")], [.italic("Parking")]]),
                    .drafted(
                        note: "Staff comments \(hostile)",
                        content: [
                            .quote(text: "We need more staff, not new buildings.", attribution: "Nurse, NHS staff"),
                            .table(staffTable),
                        ]),
                ]),
        ])

    static let optionChart = Chart(
        title: "Preferred option by stakeholder type \(hostile)",
        altText: "Option 2 was preferred by 435 of 695 respondents, across every stakeholder type. \(hostile)",
        series: ["Public", "NHS staff", "Local authority \(hostile)", "Voluntary sector | \(markdownHostile)"],
        bars: [
            .init(label: "Option 1: keep the current model", values: [120, 45, 3, 10]),
            .init(label: "Option 2: merge the urgent treatment centres \(hostile)", values: [310, 96, 7, 22]),
            .init(label: "Option 3", values: [55, 12, 0, 4]),
            .init(label: "No preference", values: [8.5, 2.25, 1, 1.125]),
        ])

    static let optionTable = Table(
        caption: "Preferred option by stakeholder type \(hostile)",
        header: ["Option", "Public", "NHS staff", "Local authority \(hostile)", "Voluntary | sector", "Total"],
        rows: [
            ["Option 1: keep the current model", "120", "45", "3", "10", "178"],
            ["Option 2 \(hostile)", "310", "96", "7", "22", "435"],
            ["Option 3", "55", "12", "0", "4", "71"],
            ["No preference", "8.5", "2.25", "1", "1.125", "12.875"],
        ],
        numericColumns: [1, 2, 3, 4, 5])

    static let agreementChart = Chart(
        title: "Agreement that the new model is safe, by locality",
        altText: "In every locality more respondents agreed than disagreed.",
        series: ["Strongly agree", "Agree", "Neither", "Disagree", "Strongly disagree", "Don't know", "Not answered"],
        bars: [
            .init(label: "Riverside", values: [40, 80, 30, 20, 10, 5, 3]),
            .init(label: "Hillford and the Northern Villages", values: [20, 35, 15, 12, 8, 2, 1]),
            .init(label: "Unknown \(markdownHostile)", values: [1, 2, 0, 0, 1, 0, 0]),
        ])

    static let agreementTable = Table(
        caption: "Agreement that the new model is safe, by locality",
        header: ["Locality", "Strongly agree", "Agree", "Neither", "Disagree", "Strongly disagree", "Don't know"],
        rows: [
            ["Riverside", "40", "80", "30", "20", "10", "5"],
            ["Hillford and the Northern Villages", "20", "35", "15", "12", "8", "2"],
            ["Unknown \(markdownHostile)", "1", "2", "0", "0", "1"],
        ],
        numericColumns: [1, 2, 3, 4, 5, 6])

    static let staffTable = Table(
        caption: "Staff themes \(markdownHostile)",
        header: ["Theme", "Mentions"],
        rows: [["Staffing\nand rotas \(hostile)", "4"], ["Travel | parking", "3"]],
        numericColumns: [1],
        rowHeaders: false)
}
