#!/usr/bin/env python3
"""The Spanish quarterly report written as a pandas + XlsxWriter script, for the benchmark.

Usage: python3 Tests/Bench/informe/informe_pandas.py DATA_DIR OUT.xlsx

What it is: the peer in Tests/Bench/informe/compare.sh. It reads the same three synthetic CSVs
as Queries/informe-trimestral.query (recomendaciones_sinteticas.csv and eventos_sinteticos.csv
from DATA_DIR; the population file is not used by the report) and computes the same tables
with the same definitions, the way an analyst fluent in pandas would write it (vectorised
column operations and group-bys, no Python loops over rows):

- statuses mapped to canonical values with a dict of the spellings the generator writes, unit
  names to SPF ids with an alias dict keyed by a normalised spelling (case, accents,
  punctuation and spacing ignored); an unknown status or unit stops the script, as it stops
  the report;
- due date = fecha_limite, else issue + 60 days; assessable = not withdrawn/not applicable and
  due by the as-of date; strict and weighted rates; Wilson 95 % intervals (statsmodels);
  competition ranking (`rank(method="min")`) among units with at least 20 assessable;
- overdue listing with days open, days overdue and half-open buckets (`pd.cut(right=False)`),
  the ageing matrix unit × bucket, the quarterly trend (backlog from the first closed status
  event per recommendation, quarters filled with zeros, cohort compliance), by topic, by issuer;
- Kaplan–Meier time to compliance with lifelines, with Greenwood's variance and the `log`
  interval (R's default) computed from lifelines' event table, and the median with its interval.

It writes one .xlsx with one plain sheet per table (pandas `to_excel` through XlsxWriter, the
query's sheet names, raw column names as headers) plus a plain "Notas" sheet with the figures
the report's notes quote. It does not reproduce the report's cover, contents and notes text,
number formats, Excel tables or charts, nor the CSV and Vega-Lite files the engine also writes.
It prints one `ok` line per check it makes on its inputs (every status and unit known), then
`N passed, M failed`, and exits non-zero when one fails.
"""

from __future__ import annotations

import sys
import unicodedata

import numpy as np
import pandas as pd
from lifelines import KaplanMeierFitter
from scipy.stats import norm
from statsmodels.stats.proportion import proportion_confint

AS_OF = pd.Timestamp("2024-12-31")
WINDOW_DAYS = 60
MIN_RANKED = 20
PARTIAL_WEIGHT = 0.5
BUCKET_EDGES = [0, 30, 90, 180, 365, np.inf]
BUCKET_LABELS = ["0–29", "30–89", "90–179", "180–364", "365+"]
NO_UNIT = "(estructurales)"

STATUS = {
    "Cumplida": "complied", "cumplida": "complied", "CUMPLIDA": "complied",
    "Cumplida parcialmente": "partially_complied", "Parcialmente cumplida": "partially_complied",
    "cumplida parcialmente": "partially_complied",
    "En trámite": "in_progress", "En proceso": "in_progress", "en tramite": "in_progress",
    "Incumplida": "not_complied", "No cumplida": "not_complied", "Sin regularización": "not_complied",
    "Sin respuesta": "no_response", "sin respuesta": "no_response",
    "Desistida": "withdrawn", "Sin efecto": "withdrawn",
    "No corresponde": "not_applicable", "No aplica": "not_applicable",
}
CLOSED = ["complied", "withdrawn", "not_applicable"]
EXCLUDED = ["withdrawn", "not_applicable"]

UNITS = {  # id: (display name, spellings besides the generic ones built below)
    "CPF-I": ("Complejo Penitenciario Federal I (Ezeiza)",
              ["Complejo Penitenciario Federal I – Ezeiza", "COMPLEJO PENITENCIARIO FEDERAL Nº 1 DE EZEIZA"]),
    "CPF-II": ("Complejo Penitenciario Federal II (Marcos Paz)", ["Complejo Penitenciario Federal II – Marcos Paz"]),
    "CPF-III": ("Complejo Penitenciario Federal III (NOA, Güemes, Salta)", ["Complejo Penitenciario Federal III – Güemes"]),
    "CPF-IV": ("Complejo Penitenciario Federal IV (mujeres, Ezeiza)", []),
    "CPF-V": ("Complejo Penitenciario Federal V (Senillosa, Neuquén)", ["Complejo Penitenciario Federal V – Senillosa"]),
    "CPF-VI": ("Complejo Penitenciario Federal VI (Cuyo, Mendoza)", ["Complejo Penitenciario Federal VI – Cuyo"]),
    "CPF-VII": ("Complejo Penitenciario Federal VII (ex-Unidad 31, mujeres, Ezeiza)", []),
    "CPF-CABA": ("Complejo Penitenciario Federal de la Ciudad Autónoma de Buenos Aires (Devoto)",
                 ["Complejo Penitenciario Federal de la CABA"]),
    "CFJA": ("Complejo Federal para Jóvenes Adultos (Marcos Paz)", ["CFJA", "Complejo Federal para Jóvenes Adultos"]),
    "U-4": ("Unidad 4 (Santa Rosa)", []), "U-5": ("Unidad 5 (General Roca)", []),
    "U-6": ("Unidad 6 (Rawson)", []), "U-7": ("Unidad 7 (Resistencia)", []), "U-8": ("Unidad 8 (Jujuy)", []),
    "U-10": ("Unidad 10 (Formosa)", []), "U-11": ("Unidad 11 (Presidencia Roque Sáenz Peña)", []),
    "U-12": ("Unidad 12 (Viedma)", []), "U-13": ("Unidad 13 (Santa Rosa, mujeres)", []),
    "U-14": ("Unidad 14 (Esquel)", []), "U-15": ("Unidad 15 (Río Gallegos)", []),
    "U-16": ("Unidad 16 (Salta)", []), "U-17": ("Unidad 17 (Candelaria)", []),
    "U-19": ("Unidad 19 (Colonia Penal de Ezeiza)", []), "U-22": ("Unidad 22 (Jujuy)", []),
    "U-25": ("Unidad 25 (General Pico)", []), "U-28": ("Unidad 28 (Alcaidía del Palacio de Tribunales)", []),
    "U-30": ("Unidad 30 (Jóvenes Adultos, La Pampa)", []), "U-34": ("Unidad 34 (Campo de Mayo)", []),
    "U-35": ("Unidad 35 (Colonia Pinto, Santiago del Estero)", []),
}
ARABIC = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7}


def spelling_key(text: str) -> str:
    """Lower case, no accents, only letters and digits: 'UNIDAD N° 12' -> 'unidadn12'."""
    text = unicodedata.normalize("NFKD", text.replace("º", "").replace("°", ""))
    return "".join(c for c in text.lower() if c.isascii() and c.isalnum())


def alias_table() -> dict[str, str]:
    """Normalised spelling -> unit id, for every unit: its id, U.n / Unidad n / Unidad Nº n for
    the units, CPF n / C.P.F. n / Complejo Penitenciario Federal n (roman or arabic) for the
    complexes, and the extra spellings listed in UNITS."""
    aliases: dict[str, str] = {}
    for unit, (_, extra) in UNITS.items():
        kind, _, number = unit.partition("-")
        spellings = [unit, *extra]
        if kind == "U":
            spellings += [f"U {number}", f"Unidad {number}", f"Unidad N {number}"]
        elif kind == "CPF":
            forms = [number] + ([str(ARABIC[number])] if number in ARABIC else [])
            spellings += [f"{prefix} {form}" for prefix in ("CPF", "Complejo Penitenciario Federal") for form in forms]
        for spelling in spellings:
            aliases[spelling_key(spelling)] = unit
    return aliases


def wilson(successes: pd.Series, trials: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Wilson 95 % bounds, null where there are no trials."""
    low, high = proportion_confint(successes, trials.where(trials > 0), alpha=0.05, method="wilson")
    return pd.Series(low, index=successes.index), pd.Series(high, index=successes.index)


def rates(frame: pd.DataFrame) -> pd.DataFrame:
    """Adds tasa and the Wilson interval to a frame with cumplidas and evaluables."""
    frame["tasa"] = frame["cumplidas"] / frame["evaluables"].where(frame["evaluables"] > 0)
    frame["ic_inferior"], frame["ic_superior"] = wilson(frame["cumplidas"], frame["evaluables"])
    return frame


def read_recommendations(data_dir: str) -> pd.DataFrame:
    recs = pd.read_csv(
        f"{data_dir}/recomendaciones_sinteticas.csv",
        usecols=["id", "fecha_emision", "emisor", "unidad", "tema", "fecha_limite", "estado", "fecha_estado"],
        dtype={"emisor": "category", "unidad": "category", "tema": "category", "estado": "category"},
        parse_dates=["fecha_emision", "fecha_limite", "fecha_estado"], date_format="%Y-%m-%d")
    return recs[recs["fecha_emision"] <= AS_OF].reset_index(drop=True)


def prepare(recs: pd.DataFrame, failures: list[str]) -> pd.DataFrame:
    """The `recomendaciones` pipeline: canonical status, unit id, due date and the flags."""
    unknown = sorted(set(recs["estado"].cat.categories) - STATUS.keys())
    if unknown:
        failures.append(f"unknown statuses {unknown}")
    recs["estado_canonico"] = recs["estado"].map(STATUS).astype("category")
    aliases = alias_table()
    spellings = pd.Series(recs["unidad"].cat.categories)
    ids = spellings.map(spelling_key).map(aliases)
    if ids.isna().any():
        failures.append(f"unknown units {sorted(spellings[ids.isna()])}")
    recs["unidad_id"] = recs["unidad"].map(dict(zip(spellings, ids)))
    recs["vencimiento"] = recs["fecha_limite"].fillna(recs["fecha_emision"] + pd.Timedelta(days=WINDOW_DAYS))
    recs["cerrada"] = recs["estado_canonico"].isin(CLOSED)
    recs["excluida"] = recs["estado_canonico"].isin(EXCLUDED)
    recs["evaluable"] = ~recs["excluida"] & (recs["vencimiento"] <= AS_OF)
    recs["cumplida"] = recs["estado_canonico"] == "complied"
    recs["cumplida_evaluable"] = recs["evaluable"] & recs["cumplida"]
    recs["parcial_evaluable"] = recs["evaluable"] & (recs["estado_canonico"] == "partially_complied")
    return recs


def compliance_by_unit(recs: pd.DataFrame) -> pd.DataFrame:
    units = (recs.groupby("unidad_id", observed=True)
             .agg(recomendaciones=("id", "size"), evaluables=("evaluable", "sum"),
                  cumplidas=("cumplida_evaluable", "sum"), parciales=("parcial_evaluable", "sum"))
             .reset_index())
    units["unidad"] = units["unidad_id"].map({unit: name for unit, (name, _) in UNITS.items()})
    units = rates(units)
    units["tasa_ponderada"] = (units["cumplidas"] + PARTIAL_WEIGHT * units["parciales"]) / units["evaluables"].where(units["evaluables"] > 0)
    units["puesto"] = units["tasa"].where(units["evaluables"] >= MIN_RANKED).rank(method="min", ascending=False).astype("Int64")
    units["situacion"] = np.where(units["puesto"].notna(), "en el ranking", f"pocas evaluables (menos de {MIN_RANKED})")
    units = units.sort_values(["puesto", "evaluables", "unidad_id"], ascending=[True, False, True], na_position="last", kind="stable")
    return units[["puesto", "unidad_id", "unidad", "recomendaciones", "evaluables", "cumplidas", "parciales",
                  "tasa", "tasa_ponderada", "ic_inferior", "ic_superior", "situacion"]]


def overdue(recs: pd.DataFrame) -> pd.DataFrame:
    late = recs.loc[~recs["cerrada"] & (recs["vencimiento"] < AS_OF),
                    ["id", "fecha_emision", "vencimiento", "unidad_id", "tema", "emisor", "estado_canonico"]].copy()
    late["dias_abierta"] = (AS_OF - late["fecha_emision"]).dt.days
    late["dias_vencida"] = (AS_OF - late["vencimiento"]).dt.days
    late["tramo"] = pd.cut(late["dias_vencida"], BUCKET_EDGES, right=False, labels=BUCKET_LABELS)
    return late.sort_values(["dias_vencida", "id"], ascending=[False, True], kind="stable")


def ageing(late: pd.DataFrame) -> pd.DataFrame:
    unit = late["unidad_id"].fillna(NO_UNIT).rename("unidad")
    matrix = pd.crosstab(unit, late["tramo"]).reindex(columns=BUCKET_LABELS, fill_value=0)
    matrix.columns = ["d0_29", "d30_89", "d90_179", "d180_364", "d365"]
    matrix["total"] = matrix.sum(axis=1)
    return matrix.reset_index().sort_values(["total", "unidad"], ascending=[False, True], kind="stable")


def trend(recs: pd.DataFrame, data_dir: str) -> pd.DataFrame:
    events = pd.read_csv(f"{data_dir}/eventos_sinteticos.csv", dtype={"estado": "category"},
                         parse_dates=["fecha"], date_format="%Y-%m-%d")
    events = events[(events["fecha"] <= AS_OF) & events["estado"].map(STATUS).isin(CLOSED)]
    closed = (events.groupby("recomendacion_id")["fecha"].min().dt.to_period("Q")
              .value_counts().rename("cerradas"))
    issued = (recs.assign(q=recs["fecha_emision"].dt.to_period("Q"))
              .groupby("q").agg(emitidas=("id", "size"), evaluables=("evaluable", "sum"),
                                cumplidas=("cumplida_evaluable", "sum")))
    quarters = pd.period_range(issued.index.min(), issued.index.max(), freq="Q")
    table = issued.join(closed).reindex(quarters).fillna(0).astype("int64")
    table["pendientes"] = table["emitidas"].cumsum() - table["cerradas"].cumsum()
    table["tasa_cohorte"] = table["cumplidas"] / table["evaluables"].where(table["evaluables"] > 0)
    table["trimestre"] = quarters.strftime("%Y-T%q")
    table["trimestre_inicio"] = quarters.start_time
    return table[["trimestre", "trimestre_inicio", "emitidas", "cerradas", "pendientes", "evaluables",
                  "cumplidas", "tasa_cohorte"]].reset_index(drop=True)


def by(recs: pd.DataFrame, column: str) -> pd.DataFrame:
    table = (recs.groupby(column, observed=True)
             .agg(recomendaciones=("id", "size"), evaluables=("evaluable", "sum"), cumplidas=("cumplida_evaluable", "sum"))
             .reset_index())
    table[column] = table[column].astype(str)
    return rates(table).sort_values(["recomendaciones", column], ascending=[False, True], kind="stable")


def kaplan_meier(recs: pd.DataFrame) -> tuple[pd.DataFrame, dict]:
    """Kaplan–Meier of days from issue to compliance (others censored at the as-of date), with
    Greenwood's variance and the log-transformed 95 % interval; the median and its interval."""
    kept = recs[~recs["excluida"]]
    end = kept["fecha_estado"].where(kept["cumplida"], AS_OF)
    days = (end - kept["fecha_emision"]).dt.days
    fitter = KaplanMeierFitter().fit(days, event_observed=kept["cumplida"])
    table = fitter.event_table.query("removed > 0")
    n, d = table["at_risk"], table["observed"]
    survival = fitter.survival_function_.iloc[:, 0].reindex(table.index)
    se_log = np.sqrt((d / (n * (n - d))).cumsum())
    z = norm.ppf(0.975)
    km = pd.DataFrame({
        "time": table.index.astype(float), "at_risk": n.to_numpy(), "events": d.to_numpy(),
        "censored": table["censored"].to_numpy(), "survival": survival.to_numpy(),
        "std_error": (survival * se_log).to_numpy(), "lower": (survival * np.exp(-z * se_log)).to_numpy(),
        "upper": np.minimum(1.0, survival * np.exp(z * se_log)).to_numpy()})

    def first_time_at_or_below_half(curve: pd.Series) -> float | None:
        hit = km.loc[curve <= 0.5, "time"]
        return None if hit.empty else float(hit.iloc[0])

    median = {"median": first_time_at_or_below_half(km["survival"]),
              "median_lower": first_time_at_or_below_half(km["upper"]),
              "median_upper": first_time_at_or_below_half(km["lower"]),
              "recommendations": len(kept), "events": int(kept["cumplida"].sum())}
    return km, median


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__.splitlines()[2], file=sys.stderr)
        return 64
    data_dir, out = argv[1], argv[2]
    failures: list[str] = []
    recs = prepare(read_recommendations(data_dir), failures)
    if failures:
        for failure in failures:
            print(f"FAIL inputs: {failure}")
        print(f"informe_pandas: 0 passed, {len(failures)} failed")
        return 1
    print("ok   inputs: every status and unit spelling is known")

    units = compliance_by_unit(recs)
    late = overdue(recs)
    km, median = kaplan_meier(recs)
    counts = {
        "total": len(recs), "sin_unidad": int(recs["unidad_id"].isna().sum()),
        "sin_fecha_limite": int(recs["fecha_limite"].isna().sum()), "excluidas": int(recs["excluida"].sum()),
        "no_vencidas": int((~recs["excluida"] & (recs["vencimiento"] > AS_OF)).sum()),
        "evaluables": int(recs["evaluable"].sum())}
    sheets = {
        "Cumplimiento por unidad": units,
        "Ranking": units.loc[units["puesto"].notna(), ["puesto", "unidad", "evaluables", "cumplidas", "tasa"]],
        "Vencidas": late,
        "Antigüedad": ageing(late),
        "Tendencia trimestral": trend(recs, data_dir),
        "Tiempo hasta cumplimiento": km,
        "Por tema": by(recs, "tema"),
        "Por emisor": by(recs, "emisor"),
        "Notas": pd.Series({**counts, **median}, name="valor").rename_axis("indicador").reset_index(),
    }
    with pd.ExcelWriter(out, engine="xlsxwriter", datetime_format="yyyy-mm-dd") as writer:
        for name, table in sheets.items():
            table.to_excel(writer, sheet_name=name, index=False)
    print(f"ok   wrote {out}: {len(sheets)} sheets, {len(late)} overdue recommendations")
    print("informe_pandas: 2 passed, 0 failed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
