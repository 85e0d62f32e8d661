import Frame

/// The columns of the recommendations table, filled a row at a time.
struct RecommendationColumns {
    var ids = StringColumnBuilder()
    var issued: [Day] = []
    var issuers = StringColumnBuilder()
    var addressees = StringColumnBuilder()
    var units = StringColumnBuilder()
    var topics = StringColumnBuilder()
    var scopes = StringColumnBuilder()
    var due: [Day?] = []
    var statuses = StringColumnBuilder()
    var statusDays: [Day] = []
    var closedDays: [Day?] = []

    init(capacity: Int) {
        issued.reserveCapacity(capacity)
        due.reserveCapacity(capacity)
        statusDays.reserveCapacity(capacity)
        closedDays.reserveCapacity(capacity)
    }

    mutating func append(
        id: String, issued day: Day, issuer: String, addressee: String, unit: String?, topic: String,
        scope: String, due dueDay: Day?, status: String, statusDay: Day, closedDay: Day?
    ) {
        ids.append(id)
        issued.append(day)
        issuers.append(issuer)
        addressees.append(addressee)
        units.append(unit)
        topics.append(topic)
        scopes.append(scope)
        due.append(dueDay)
        statuses.append(status)
        statusDays.append(statusDay)
        closedDays.append(closedDay)
    }

    /// The table, with the PPN's Spanish column names.
    consuming func frame() -> DataFrame {
        try! DataFrame(columns: [
            AnyColumn(name: "id", ids.finish()), AnyColumn(name: "fecha_emision", Column(values: issued)),
            AnyColumn(name: "emisor", issuers.finish()), AnyColumn(name: "destinatario", addressees.finish()),
            AnyColumn(name: "unidad", units.finish()), AnyColumn(name: "tema", topics.finish()),
            AnyColumn(name: "alcance", scopes.finish()), AnyColumn(name: "fecha_limite", Column<Day>(due)),
            AnyColumn(name: "estado", statuses.finish()), AnyColumn(name: "fecha_estado", Column(values: statusDays)),
            AnyColumn(name: "fecha_cierre", Column<Day>(closedDays)),
        ])
    }
}

/// The columns of the status-events table, filled a row at a time.
struct EventColumns {
    var ids = StringColumnBuilder()
    var days: [Day] = []
    var statuses = StringColumnBuilder()

    init(capacity: Int) { days.reserveCapacity(capacity) }

    mutating func append(id: String, on day: Day, status: String) {
        ids.append(id)
        days.append(day)
        statuses.append(status)
    }

    consuming func frame() -> DataFrame {
        try! DataFrame(columns: [
            AnyColumn(name: "recomendacion_id", ids.finish()), AnyColumn(name: "fecha", Column(values: days)),
            AnyColumn(name: "estado", statuses.finish()),
        ])
    }
}
