/// Tables: a caption, then a full-width grid whose shaded header row repeats on every page.
extension DocxWriter {
    func tableXML(_ table: Table) -> String {
        let caption = paragraph(style: "Caption", [.text(table.caption)])
        let columnCount = max(table.header.count, table.rows.map(\.count).max() ?? 0)
        guard columnCount > 0 else { return caption }
        let widths = Self.columnWidths(count: columnCount, numeric: table.numericColumns)
        let look =
            "<w:tblLook w:val=\"\(table.rowHeaders ? "04A0" : "0420")\" w:firstRow=\"1\" w:lastRow=\"0\""
            + " w:firstColumn=\"\(table.rowHeaders ? 1 : 0)\" w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/>"
        var xml =
            caption + "<w:tbl><w:tblPr><w:tblStyle w:val=\"\(Self.tableStyleID)\"/>"
            + "<w:tblW w:w=\"5000\" w:type=\"pct\"/><w:tblBorders>"
            + Self.borders(["top", "left", "bottom", "right", "insideH", "insideV"])
            + "</w:tblBorders><w:tblLayout w:type=\"fixed\"/>" + Self.cellMargins(vertical: 0) + look
            + "<w:tblCaption w:val=\"\(XMLText.attribute(table.caption))\"/></w:tblPr>"
            + "<w:tblGrid>" + widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
        xml += row(table.header, widths: widths, table: table, isHeader: true)
        for cells in table.rows {
            xml += row(cells, widths: widths, table: table, isHeader: false)
        }
        return xml + "</w:tbl>"
    }

    /// One row, padded with empty cells to the table's width; the header row repeats across pages.
    private func row(_ cells: [String], widths: [Int], table: Table, isHeader: Bool) -> String {
        var xml = "<w:tr><w:trPr><w:cantSplit/>" + (isHeader ? "<w:tblHeader/>" : "") + "</w:trPr>"
        for (column, width) in widths.enumerated() {
            let text = column < cells.count ? cells[column] : ""
            let isBold = isHeader || (table.rowHeaders && column == 0)
            let shading =
                isHeader ? "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"\(Self.headerShading)\"/>" : ""
            let alignment = table.numericColumns.contains(column) ? "right" : nil
            xml +=
                "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>\(shading)</w:tcPr>"
                + paragraph(style: "TableText", [isBold ? .bold(text) : .text(text)], alignment: alignment)
                + "</w:tc>"
        }
        return xml + "</w:tr>"
    }

    /// Splits the text width so text columns get twice the room of numeric ones; the widths add up exactly.
    static func columnWidths(count: Int, numeric: Set<Int>) -> [Int] {
        let weights = (0..<count).map { numeric.contains($0) ? 1 : 2 }
        let total = weights.reduce(0, +)
        var widths = weights.map { textWidth * $0 / total }
        widths[count - 1] += textWidth - widths.reduce(0, +)
        return widths
    }
}
