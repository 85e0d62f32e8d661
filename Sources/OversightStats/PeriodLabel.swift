import Frame

/// Names calendar quarters the way reports print them: `2024-Q3` in English, `2024-T3` in
/// Spanish ("trimestre"). A quarter is labelled by the period it starts in.
public enum QuarterLabel {
    /// The first day of the calendar quarter containing `day`.
    public static func start(of day: Day) -> Day {
        let (year, month, _) = day.components
        return Day(year: year, month: (month - 1) / 3 * 3 + 1, day: 1)!
    }

    /// The label of the quarter containing `day`, with `Q` or `T` as the quarter letter.
    public static func label(of day: Day, letter: Character = "Q") -> String {
        "\(day.year)-\(letter)\(day.quarter)"
    }
}
