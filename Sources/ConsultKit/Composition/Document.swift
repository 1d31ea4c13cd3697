/// A composed document, independent of its output format.
///
/// The composer builds one `Document`; ``DocxWriter``, ``HTMLRenderer`` and ``MarkdownRenderer``
/// turn the same value into Word, a web page and Markdown, so the three always say the same thing.
public struct Document: Sendable, Hashable {
    /// The document title (the only level-1 heading).
    public var title: String
    /// Short lines under the title: status ("Draft for sign-off"), publisher, deadline.
    public var subtitle: [String]
    /// Who the document is from; the DOCX author property.
    public var author: String
    /// The BCP 47 language tag.
    public var language: String
    /// The body, in reading order.
    public var blocks: [Block]

    /// Creates a document.
    public init(title: String, subtitle: [String] = [], author: String, language: String = "en-GB", blocks: [Block]) {
        self.title = title
        self.subtitle = subtitle
        self.author = author
        self.language = language
        self.blocks = blocks
    }
}

/// A block-level piece of a document.
public indirect enum Block: Sendable, Hashable {
    /// A section heading; level 1 is a top-level section (rendered `h2`, Word "Heading 1"), up to level 3.
    case heading(level: Int, text: String)
    /// A paragraph of styled runs.
    case paragraph([Inline])
    /// A bulleted list; each item is a run of inlines.
    case bullets([[Inline]])
    /// A table with a header row.
    case table(Table)
    /// A chart, with a text alternative; formats that cannot draw it show the alternative and the table beside it.
    case chart(Chart)
    /// A short quotation attributed to its source.
    case quote(text: String, attribution: String)
    /// Text the tool drafted from responses, with a note saying so (e.g. "Drafted from 7 responses").
    /// Editorial text supplied by the officer is not wrapped in this.
    case drafted(note: String, content: [Block])
}

/// A run of text within a paragraph.
public enum Inline: Sendable, Hashable {
    case text(String)
    case bold(String)
    case italic(String)

    /// The run's characters without styling.
    public var plainText: String {
        switch self {
        case .text(let s), .bold(let s), .italic(let s): s
        }
    }
}

/// A table with one header row.
public struct Table: Sendable, Hashable {
    /// A caption saying what the table shows.
    public var caption: String
    /// The column headings.
    public var header: [String]
    /// The body rows; each has as many cells as the header.
    public var rows: [[String]]
    /// Columns holding numbers, aligned right.
    public var numericColumns: Set<Int>
    /// Whether the first cell of each row heads that row (rendered as `th scope="row"`).
    public var rowHeaders: Bool

    /// Creates a table.
    public init(
        caption: String, header: [String], rows: [[String]], numericColumns: Set<Int> = [], rowHeaders: Bool = true
    ) {
        self.caption = caption
        self.header = header
        self.rows = rows
        self.numericColumns = numericColumns
        self.rowHeaders = rowHeaders
    }
}

/// Horizontal stacked bars: one bar per category, each split into series.
///
/// A question's tally is one bar split by answer; the option preference is one bar per option split by
/// stakeholder type.
public struct Chart: Sendable, Hashable {
    /// The chart's title.
    public var title: String
    /// A text alternative that says what the chart shows, for screen readers and formats without charts.
    public var altText: String
    /// The names of the series (the segments of each bar), in legend order.
    public var series: [String]
    /// The bars.
    public var bars: [Bar]

    /// One bar of a chart.
    public struct Bar: Sendable, Hashable {
        /// The category label shown beside the bar.
        public var label: String
        /// One value per series, in the chart's series order.
        public var values: [Double]

        /// Creates a bar.
        public init(label: String, values: [Double]) {
            self.label = label
            self.values = values
        }

        /// The bar's length: the sum of its values.
        public var total: Double { values.reduce(0, +) }
    }

    /// Creates a chart.
    public init(title: String, altText: String, series: [String], bars: [Bar]) {
        self.title = title
        self.altText = altText
        self.series = series
        self.bars = bars
    }
}
