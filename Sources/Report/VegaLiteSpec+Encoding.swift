import Frame

extension VegaLiteSpec {
    /// The encoding of a ranking (bars in table order) or of a line over time.
    static func encoding(
        of table: ReportTable, chart: ChartSpec, columns: ChartColumns, language: ReportLanguage
    ) -> [String: VegaLiteJSON] {
        let xColumn = columns.x
        let yColumn = columns.y
        let xTitle = VegaLiteJSON.string(chart.xTitle ?? table.header(of: xColumn))
        let yTitle = VegaLiteJSON.string(chart.yTitle ?? table.header(of: yColumn))
        var value: [String: VegaLiteJSON] = [
            "field": .string(fieldName(chart.y)), "type": .string("quantitative"), "title": yTitle,
        ]
        if table.format(of: yColumn) == .percent {
            value["axis"] = .object(["format": .string(".0%")])
            if table.fitsPercentAxis(yColumn) {
                value["scale"] = .object(["domain": .array([.int(0), .int(1)])])
            }
        }
        var encoding: [String: VegaLiteJSON] = [
            "tooltip": .array(table.frame.columns.map { tooltip(for: $0, in: table) })
        ]
        switch chart.kind {
        case .bar:
            // A ranking keeps the table's order: `sort: null` is the data's own order.
            encoding["y"] = .object([
                "field": .string(fieldName(chart.x)), "type": .string("nominal"), "sort": .null, "title": xTitle,
            ])
            encoding["x"] = .object(value)
        case .line:
            encoding["x"] = .object(timeAxis(xColumn, chart: chart, title: xTitle, language: language))
            encoding["y"] = .object(value)
            if let column = columns.series {
                encoding["color"] = .object([
                    "field": .string(fieldName(column.name)), "type": .string("nominal"),
                    "title": .string(table.header(of: column)),
                ])
            }
        }
        return encoding
    }

    /// The x channel of a line: dates binned in UTC (so no viewer's time zone shifts a quarter),
    /// numbers on a linear scale, anything else as ordered categories in table order.
    private static func timeAxis(
        _ column: AnyColumn, chart: ChartSpec, title: VegaLiteJSON, language: ReportLanguage
    ) -> [String: VegaLiteJSON] {
        var channel: [String: VegaLiteJSON] = ["field": .string(fieldName(chart.x)), "title": title]
        switch column.dataType {
        case .date where chart.xIsQuarter:
            channel["type"] = .string("temporal")
            channel["timeUnit"] = utcTimeUnit("yearquarter")
            channel["axis"] = .object([
                "format": .string(language == .spanish ? "T%q %Y" : "Q%q %Y"),
                "tickCount": .object(["interval": .string("month"), "step": .int(3)]),
            ])
        case .date:
            channel["type"] = .string("temporal")
            channel["timeUnit"] = utcTimeUnit("yearmonthdate")
        case .int64, .double:
            channel["type"] = .string("quantitative")
        case .bool, .string:
            channel["type"] = .string("ordinal")
            channel["sort"] = .null
        }
        return channel
    }

    /// A tooltip line for `column`, formatted as the workbook shows it.
    private static func tooltip(for column: AnyColumn, in table: ReportTable) -> VegaLiteJSON {
        var line: [String: VegaLiteJSON] = [
            "field": .string(fieldName(column.name)), "title": .string(table.header(of: column)),
        ]
        switch column.dataType {
        case .int64, .double:
            line["type"] = .string("quantitative")
            switch table.format(of: column) {
            case .percent: line["format"] = .string(".1%")
            case .count, .days: line["format"] = .string(",.0f")
            case .plain: line["format"] = .string(".0f")
            case .decimal(let places), .truncated(let places): line["format"] = .string(",.\(min(max(places, 0), 15))f")
            case .text, .date: break
            }
        case .date:
            line["type"] = .string("temporal")
            line["timeUnit"] = utcTimeUnit("yearmonthdate")
            line["format"] = .string("%Y-%m-%d")
        case .bool, .string:
            line["type"] = .string("nominal")
        }
        return .object(line)
    }

    private static func utcTimeUnit(_ unit: String) -> VegaLiteJSON {
        .object(["unit": .string(unit), "utc": .bool(true)])
    }

    /// A column name as a Vega-Lite field reference, where `.` and brackets mean nesting.
    static func fieldName(_ name: String) -> String {
        var escaped = ""
        for character in name {
            if character == "." || character == "[" || character == "]" || character == "\\" { escaped += "\\" }
            escaped.append(character)
        }
        return escaped
    }
}
