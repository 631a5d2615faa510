/// The scoring workbook's layout, shared by its writer (ArvioReports) and its reader (ArvioIO).
public enum ScoringWorkbookLayout {
    /// The marker in the hidden sheet's B1.
    public static let format = "arvio-scoring-workbook-1"
    /// The first data row of an area sheet (row 1 is the banner, row 2 the header); the score is in column E.
    public static let firstRow = 3
    public static let scoreColumn = "E"
}
