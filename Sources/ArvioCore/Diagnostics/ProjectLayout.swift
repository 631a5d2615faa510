/// Where each kind of project file lives, relative to the project root.
public enum ProjectLayout {
    public static let organisations = "catalog/organisations.yaml"
    public static let solutions = "catalog/solutions"
    public static let scale = "criteria/scale.yaml"
    public static let applicability = "criteria/applicability.yaml"
    public static let areas = "criteria/areas"
    public static let knockOutRules = "criteria/must-haves.yaml"
    public static let models = "criteria/models"
    public static let toolkit = "toolkit"
    public static let survey = "feedback/survey.yaml"
    public static let kpis = "kpis"
}
