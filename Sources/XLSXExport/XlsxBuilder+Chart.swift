import CXlsxWriter

extension XlsxBuilder {
    /// The height of the default chart, in pixels, and the height each bar needs to stay legible.
    private static let defaultChartHeight = 288.0
    private static let pixelsPerBar = 20.0

    /// Adds a native chart to the right of `table`, drawn from the table's own cells.
    ///
    /// Titles and names point at cells (A1, header cells, series cells), so a chart never shows
    /// text that differs from its table. A bar chart is a ranking: its category axis is reversed
    /// so that the first row is at the top.
    func addChart(
        _ plan: ChartPlan, of table: TablePlan, onSheet sheet: String,
        to worksheet: UnsafeMutablePointer<lxw_worksheet>
    ) throws(XLSXError) {
        let isBar = plan.kind == .bar
        guard let chart = workbook_add_chart(handle, UInt8((isBar ? LXW_CHART_BAR : LXW_CHART_LINE).rawValue)) else {
            throw .library(operation: "workbook_add_chart", message: "could not create a chart")
        }
        let headerRow = SheetLayout.bodyRow
        let categoryColumn = UInt16(plan.categoryColumn)
        let valueColumn = UInt16(plan.valueColumn)
        for rows in plan.series {
            guard let series = chart_add_series(chart, nil, nil) else {
                throw .library(operation: "chart_add_series", message: "could not add a series")
            }
            let first = headerRow + 1 + UInt32(rows.lowerBound)
            let last = headerRow + UInt32(rows.upperBound)
            chart_series_set_categories(series, sheet, first, categoryColumn, last, categoryColumn)
            chart_series_set_values(series, sheet, first, valueColumn, last, valueColumn)
            if let seriesColumn = plan.seriesColumn {
                chart_series_set_name_range(series, sheet, first, UInt16(seriesColumn))
            } else {
                chart_series_set_name_range(series, sheet, headerRow, valueColumn)
            }
            if !isBar { chart_series_set_marker_type(series, UInt8(LXW_CHART_MARKER_AUTOMATIC.rawValue)) }
        }
        chart_title_set_name_range(chart, sheet, SheetLayout.titleRow, 0)

        // A bar chart's x axis is its value axis.
        let categoryAxis = isBar ? chart.pointee.y_axis : chart.pointee.x_axis
        let valueAxis = isBar ? chart.pointee.x_axis : chart.pointee.y_axis
        if let title = plan.categoryTitle {
            chart_axis_set_name(categoryAxis, title)
        } else {
            chart_axis_set_name_range(categoryAxis, sheet, headerRow, categoryColumn)
        }
        if let title = plan.valueTitle {
            chart_axis_set_name(valueAxis, title)
        } else {
            chart_axis_set_name_range(valueAxis, sheet, headerRow, valueColumn)
        }
        if plan.valuesArePercent {
            chart_axis_set_num_format(valueAxis, "0%")
        }
        if plan.valuesFitPercentAxis {
            chart_axis_set_min(valueAxis, 0)
            chart_axis_set_max(valueAxis, 1)
        }
        if isBar {
            chart_axis_set_reverse(categoryAxis)
            // Keeps the value axis below the bars once the categories are reversed.
            chart_axis_set_crossing_max(categoryAxis)
        }
        let legend = plan.series.count > 1 ? LXW_CHART_LEGEND_BOTTOM : LXW_CHART_LEGEND_NONE
        chart_legend_set_position(chart, UInt8(legend.rawValue))

        var options = lxw_chart_options()
        options.x_scale = 1.5
        options.y_scale = isBar
            ? min(max(1, (Double(table.rowCount) * XlsxBuilder.pixelsPerBar + 100) / XlsxBuilder.defaultChartHeight), 20)
            : 1.25
        let column = UInt16(min(table.columns.count + 1, SheetLayout.maxColumns - 1))
        try XlsxBuilder.check(
            worksheet_insert_chart_opt(worksheet, headerRow, column, chart, &options), "worksheet_insert_chart_opt")
    }
}
