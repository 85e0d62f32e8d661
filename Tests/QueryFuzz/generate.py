"""Random tables and random pipelines for differential testing (see run.py).

Everything comes from one `random.Random`, so a case is reproduced by its seed. Tables have
nulls, ties, dates, accented text, text with commas and quotes, and sometimes no rows at all;
pipelines use the transforms and functions that have a DuckDB translation. Expressions are
typed as they are built, so every generated query binds.
"""
import datetime
import random

WORDS = ["Güemes", "São Paulo", "Córdoba", "Ñuñoa", "Zürich", "Ålesund", "Élan", "crème", "U.12",
         "CPF I", "cpf i", "ação", "Łódź", "b", "a", "A", "São", "x, y", 'say "hi"', "NA-ish",
         "12", "2.5", "-0.5", "2024-02-29", "1e3", "0x10", "straße", "İstanbul", "a-b-c"]
PIECES = ["a", "é", "U", "ã", "ü", "o", "", "São", "-", " "]
CALENDAR_FIELDS = ["day", "dayofyear", "week", "isoyear", "isodow", "dayofweek"]
TYPES = {"id": "int64", "k": "string", "g": "int64", "x": "int64", "y": "double", "d": "date",
         "b": "bool", "s": "string"}
RIGHT_TYPES = {"k": "string", "g": "int64", "v": "int64", "w": "double", "s": "string"}


class Table:
    """A CSV file's columns, types and rows (None is a null)."""

    def __init__(self, name, types, rows):
        self.name, self.types, self.rows = name, types, rows

    def csv(self):
        lines = [",".join(self.types)]
        for row in self.rows:
            lines.append(",".join(cell(row[c], self.types[c]) for c in self.types))
        return "\n".join(lines) + "\n"

    def from_clause(self):
        types = ", ".join(f"{c} = {t}" for c, t in self.types.items())
        return f'from "{self.name}.csv" types:{{{types}}}'


def cell(value, type_):
    if value is None:
        return ""
    if type_ == "bool":
        return "true" if value else "false"
    if type_ == "string":
        return '"' + value.replace('"', '""') + '"' if any(ch in value for ch in ',"\n') else value
    return str(value)


def random_value(rng, type_, column):
    if rng.random() < 0.15:
        return None
    if type_ == "int64":
        return rng.choice([0, 1, 2, 3, 5, -1, -4, 7, 10, 12]) if column != "id" else rng.randint(1, 40)
    if type_ == "double":
        return rng.choice([0.0, 0.5, 1.25, -2.5, 3.0, 7.75, 10.0, 0.1, 2.0, 1e-3, 100.5])
    if type_ == "bool":
        return rng.random() < 0.5
    if type_ == "date":
        day = datetime.date(rng.choice([2019, 2020, 2023, 2024]), rng.randint(1, 12), 1)
        if rng.random() < 0.2:  # the month's last day, for add_months' clamping
            return (day.replace(day=28) + datetime.timedelta(days=4)).replace(day=1) - datetime.timedelta(days=1)
        return day + datetime.timedelta(days=rng.choice([0, 14, 27]))
    return rng.choice(WORDS)


def random_table(rng, name, types):
    count = 0 if rng.random() < 0.05 else rng.randint(1, 14)
    rows = [{c: random_value(rng, t, c) for c, t in types.items()} for _ in range(count)]
    return Table(name, types, rows)


class Expressions:
    """Typed random expressions over a schema (name → type)."""

    def __init__(self, rng, schema):
        self.rng, self.schema = rng, schema

    def columns(self, type_):
        return [c for c, t in self.schema.items() if t == type_]

    def name(self, column):
        return column

    def of(self, type_, depth=2):
        rng = self.rng
        columns = self.columns(type_)
        if depth <= 0 or rng.random() < 0.35:
            if columns and rng.random() < 0.75:
                return rng.choice(columns)
            return self.literal(type_)
        maker = getattr(self, "make_" + type_)
        return maker(depth - 1)

    def literal(self, type_):
        rng = self.rng
        if type_ == "int64":
            return str(rng.choice([0, 1, 2, 3, 5, 10]))
        if type_ == "double":
            return rng.choice(["0.5", "2.5", "1.0", "0.25", "3.75"])
        if type_ == "bool":
            return rng.choice(["true", "false"])
        if type_ == "date":
            return rng.choice(["@2020-01-01", "@2023-06-30", "@2024-02-29", "@2019-12-31"])
        return '"' + rng.choice(WORDS + PIECES).replace('"', '\\"') + '"'

    def number(self, depth):
        return self.of(self.rng.choice(["int64", "double"]), depth)

    def make_int64(self, depth):
        rng = self.rng
        choice = rng.randrange(16)
        a = lambda: self.of("int64", depth)
        if choice == 11:
            return f"({rng.choice(CALENDAR_FIELDS)} {self.of('date', depth)})"
        if choice == 12:
            part = rng.choice(["day", "week", "month", "quarter", "year"])
            return f"(date_diff {part} {self.of('date', depth)} {self.of('date', depth)})"
        if choice == 13:
            return f"(length {self.of('string', depth)})"
        if choice == 14:
            return f"(try_as int {self.of(rng.choice(['string', 'double']), depth)})"
        if choice == 15:
            return f"(as int {self.of('bool', depth)})"
        if choice == 0:
            return f"({a()} {rng.choice(['+', '-'])} {a()})"
        if choice == 1:
            return f"({a()} * {rng.choice(['2', '3', '-1'])})"
        if choice == 2:
            return f"({a()} {rng.choice(['//', '%'])} {a()})"
        if choice == 3:
            return f"(abs {a()})"
        if choice == 4:
            return f"({rng.choice(['least', 'greatest'])} {a()} {a()})"
        if choice == 5:
            return f"({rng.choice(['year', 'month', 'quarter'])} {self.of('date', depth)})"
        if choice == 6:
            return f"(days_between {self.of('date', depth)} {self.of('date', depth)})"
        if choice == 7:
            return f"(text_length {self.of('string', depth)})"
        if choice == 8:
            return f"({a()} ?? {a()})"
        if choice == 9:
            return f"case [{self.of('bool', depth)} => {a()}, true => {a()}]"
        return f"(-{a()})"

    def make_double(self, depth):
        rng = self.rng
        choice = rng.randrange(10)
        n = lambda: self.number(depth)
        if choice == 8:
            return f"(try_as float {self.of('string', depth)})"
        if choice == 9:
            return f"({self.of('int64', depth)} | as float)"
        if choice == 0:
            return f"({n()} / {n()})"
        if choice == 1:
            return f"({self.of('double', depth)} {rng.choice(['+', '-', '*'])} {n()})"
        if choice == 2:
            return f"(round {rng.choice([0, 1, 2])} {n()})"
        if choice == 3:
            return f"({n()} ** {rng.choice(['2', '0.5', '-1'])})"
        if choice == 4:
            return f"({rng.choice(['least', 'greatest'])} {self.of('double', depth)} {n()})"
        if choice == 5:
            return f"({self.of('double', depth)} ?? {n()})"
        if choice == 6:
            return f"case [{self.of('bool', depth)} => {self.of('double', depth)}, {self.of('bool', depth)} => {n()}]"
        return f"({self.of('double', depth)} {rng.choice(['//', '%'])} {n()})"

    def make_bool(self, depth):
        rng = self.rng
        choice = rng.randrange(12)
        op = rng.choice(["==", "!=", "<", "<=", ">", ">="])
        if choice == 7:
            test = rng.choice(["contains", "starts_with", "ends_with"])
            piece = self.of("string", depth) if rng.random() < 0.3 else '"' + rng.choice(PIECES) + '"'
            return f"({test} {self.of('string', depth)} {piece})"
        if choice == 8:
            type_ = rng.choice(["int64", "double", "string", "date"])
            items = [self.literal(type_) for _ in range(rng.randint(1, 3))] + (["null"] if rng.random() < 0.2 else [])
            return f"({self.of(type_, depth)} | in [{', '.join(items)}])"
        if choice == 9:
            type_ = rng.choice(["int64", "double", "date"])
            low, high = self.literal(type_), self.literal(type_)
            bounds = rng.choice([f"{low}..{high}", f"..{high}", f"{low}.."])
            return f"({self.of(type_, depth)} | in {bounds})"
        if choice == 10:
            type_ = rng.choice(["int64", "double", "string", "date"])
            return f"(between {self.of(type_, depth)} {self.of(type_, depth)} {self.of(type_, depth)})"
        if choice == 11:
            return f"!({self.of('int64', depth)} | in [1, 2, 3])"
        if choice == 0:
            return f"({self.number(depth)} {op} {self.number(depth)})"
        if choice == 1:
            type_ = rng.choice(["string", "date", "bool"])
            return f"({self.of(type_, depth)} {op} {self.of(type_, depth)})"
        if choice == 2:
            return f"({self.of('bool', depth)} {rng.choice(['&&', '||'])} {self.of('bool', depth)})"
        if choice == 3:
            return f"!{self.of('bool', depth)}"
        if choice == 4:
            column = rng.choice(list(self.schema)) if self.schema else None
            if column is None:
                return "true"
            return f"({column} {rng.choice(['==', '!='])} null)"
        if choice == 5:
            # Not the empty piece: `contains x ""` is false, DuckDB says true (reported).
            piece = rng.choice([p for p in PIECES if p])
            return f"(contains {self.of('string', depth)} \"{piece}\")"
        return f"({self.of('bool', depth)} ?? {self.of('bool', depth)})"

    def make_date(self, depth):
        rng = self.rng
        choice = rng.randrange(5)
        if choice == 3:
            part = rng.choice(["week", "month", "quarter", "year"])
            fiscal = f" fiscal_start:{rng.choice([4, 7, 10])}" if part in ("quarter", "year") and rng.random() < 0.5 else ""
            return f"(date_trunc {part} {self.of('date', depth)}{fiscal})"
        if choice == 4:
            return f"(try_as date {self.of('string', depth)})"
        if choice == 0:
            return f"(add_days {self.of('date', depth)} {self.of('int64', depth)})"
        if choice == 1:
            return f"(add_months {self.of('date', depth)} {rng.choice(['1', '3', '-1', '12'])})"
        return f"(quarter_start {self.of('date', depth)})"

    def make_string(self, depth):
        rng = self.rng
        choice = rng.randrange(11)
        s = lambda: self.of("string", depth)
        if choice == 5:
            return f"({rng.choice(['trim', 'trim_start', 'trim_end', 'strip_accents', 'fold'])} {s()})"
        if choice == 6:
            return f'(replace {s()} "{rng.choice(PIECES)}" "{rng.choice(PIECES)}")'
        if choice == 7:
            return f"(substring {s()} {rng.choice(['1', '2', '0', '-2', self.of('int64', depth)])} {rng.choice(['1', '3', '-1', self.of('int64', depth)])})"
        if choice == 8:
            return f'(split_part {s()} "{rng.choice(["-", " ", "", "a"])}" {rng.choice(["1", "2", "-1", "0", self.of("int64", depth)])})'
        if choice == 9:
            return f"(concat {s()} {s()})"
        if choice == 10:
            return f"(as text {self.of(rng.choice(['int64', 'double', 'bool', 'date']), depth)})"
        if choice == 0:
            return f"({rng.choice(['lower', 'upper'])} {self.of('string', depth)})"
        if choice == 1:
            return f"(quarter_label {self.of('date', depth)})"
        if choice == 2:
            piece = self.of(rng.choice(["int64", "string", "date"]), depth)
            return f'f"<{{{piece}}}>"'
        if choice == 3:
            return f"({self.of('string', depth)} ?? {self.of('string', depth)})"
        return f"case [{self.of('bool', depth)} => {self.of('string', depth)}]"

    def aggregate(self):
        """An aggregate call and its result type."""
        rng = self.rng
        choice = rng.randrange(11)
        numeric = self.columns("int64") + self.columns("double")
        if choice == 0 or not self.schema:
            return "count this", "int64"
        if choice == 1:
            return f"count {rng.choice(list(self.schema))}", "int64"
        if choice == 2:
            return f"count_if {self.of('bool', 1)}", "int64"
        if choice in (3, 4) and numeric:
            column = rng.choice(numeric)
            function = rng.choice(["sum", "mean", "median"]) if choice == 3 else "sum"
            result = self.schema[column] if function == "sum" else "double"
            return f"{function} {column}", result
        if choice >= 8:
            return self.extended_aggregate(numeric)
        column = rng.choice(list(self.schema))
        return f"{rng.choice(['min', 'max'])} {column}", self.schema[column]

    def extended_aggregate(self, numeric):
        """count_distinct, quantile, variance, stddev, first, last, any, all, string_agg or corr."""
        rng = self.rng
        column = rng.choice(list(self.schema))
        calls = [(f"count_distinct {column}", "int64"), (f"{rng.choice(['first', 'last'])} {column}", self.schema[column])]
        if numeric:
            x = rng.choice(numeric)
            calls += [(f"quantile {x} p:{rng.choice(['0', '0.1', '0.25', '0.9', '1'])}", "double"),
                      (f"{rng.choice(['variance', 'stddev'])} {x}", "double"),
                      (f"corr {x} {rng.choice(numeric)}", "double")]
        if self.columns("bool"):
            calls.append((f"{rng.choice(['any', 'all'])} {rng.choice(self.columns('bool'))}", "bool"))
        if self.columns("string"):
            calls.append((f"string_agg {rng.choice(self.columns('string'))} sep:\"{rng.choice(['|', ' / '])}\"", "string"))
        return rng.choice(calls)


class Pipeline:
    """A random pipeline over `t1`, optionally joining `t2`."""

    def __init__(self, rng, left, right):
        self.rng, self.left, self.right = rng, left, right
        self.schema = dict(left.types)
        self.stages = [left.from_clause()]
        self.counter = 0
        self.uses_join = False
        # Whether a derive replaces a column, which PRQL does not do (it adds a second one).
        self.replaces = False
        # Whether a window step's result depends on how tied rows are ordered, or uses a
        # function prqlc means otherwise (first, last) or lacks: then prqlc's SQL is no reference.
        self.windows_unsafe = False

    def fresh(self):
        self.counter += 1
        return f"c{self.counter}"

    def build(self, steps):
        for _ in range(steps):
            self.step()
        return self

    def step(self):
        rng = self.rng
        exprs = Expressions(rng, self.schema)
        kind = rng.choice(["filter", "filter", "derive", "derive", "select", "group", "sort", "sort",
                           "take", "join", "rank", "whole", "aggregate", "window", "window"])
        if kind == "filter":
            self.stages.append(f"filter {exprs.of('bool', 3)}")
        elif kind == "derive":
            items = []
            for _ in range(rng.randint(1, 2)):
                type_ = rng.choice(["int64", "double", "bool", "date", "string"])
                existing = [c for c, t in self.schema.items()]
                name = rng.choice(existing) if existing and rng.random() < 0.25 else self.fresh()
                self.replaces = self.replaces or name in self.schema
                items.append(f"{name} = {Expressions(rng, self.schema).of(type_, 3)}")
                self.schema[name] = type_
            self.stages.append(f"derive {{{', '.join(items)}}}")
        elif kind == "select" and self.schema:
            chosen = rng.sample(list(self.schema), rng.randint(1, len(self.schema)))
            items, schema = [], {}
            for column in chosen:
                if rng.random() < 0.2:
                    type_ = rng.choice(["int64", "bool", "string"])
                    name = self.fresh()
                    items.append(f"{name} = {exprs.of(type_, 2)}")
                    schema[name] = type_
                else:
                    items.append(column)
                    schema[column] = self.schema[column]
            self.stages.append(f"select {{{', '.join(items)}}}")
            self.schema = schema
        elif kind in ("group", "aggregate"):
            keys = [c for c, t in self.schema.items() if t in ("int64", "string", "bool", "date")]
            chosen = rng.sample(keys, min(len(keys), rng.randint(1, 2))) if keys and kind == "group" else []
            items, schema = [], {}
            key_items = []
            for key in chosen:
                if rng.random() < 0.2 and self.schema[key] == "date":
                    name = self.fresh()
                    key_items.append(f"{name} = quarter_start {key}")
                    schema[name] = "date"
                else:
                    key_items.append(key)
                    schema[key] = self.schema[key]
            for _ in range(rng.randint(1, 3)):
                call, type_ = exprs.aggregate()
                name = self.fresh()
                items.append(f"{name} = {call}")
                schema[name] = type_
            body = f"aggregate {{{', '.join(items)}}}"
            self.stages.append(f"group {{{', '.join(key_items)}}} ({body})" if chosen else body)
            self.schema = schema
        elif kind == "sort" and self.schema:
            chosen = rng.sample(list(self.schema), min(len(self.schema), rng.randint(1, 3)))
            keys = ", ".join(("-" if rng.random() < 0.4 else "") + c for c in chosen)
            nulls = " nulls:first" if rng.random() < 0.2 else ""
            self.stages.append(f"sort {{{keys}}}{nulls}")
        elif kind == "take":
            if rng.random() < 0.6:
                self.stages.append(f"take {rng.randint(0, 8)}")
            else:
                first = rng.randint(1, 6)
                self.stages.append(f"take {first}..{first + rng.randint(0, 5)}")
        elif kind == "join" and not self.uses_join:
            shared = [c for c in ("k", "g") if self.schema.get(c) == self.right.types[c]]
            if not shared:
                return
            keys = rng.sample(shared, rng.randint(1, len(shared)))
            side = rng.choice(["inner", "left", "right", "full", "semi", "anti"])
            self.stages.append(f"join side:{side} t2 ({' && '.join('==' + k for k in keys)})")
            for column, type_ in self.right.types.items():
                if column in keys or side in ("semi", "anti"):
                    continue
                self.schema[column + "_right" if column in self.schema else column] = type_
            self.uses_join = True
        elif kind == "rank":
            rankable = [c for c, t in self.schema.items() if t in ("int64", "double", "string", "date")]
            if not rankable:
                return
            ties = rng.choice(["competition", "dense", "ordinal", "max", "average"])
            options = f" ties:{ties}"
            if rng.random() < 0.5:
                options += " descending:true"
            if rng.random() < 0.3:
                options += f" where:({exprs.of('bool', 1)})"
            name = self.fresh()
            self.stages.append(f"derive {{{name} = rank {rng.choice(rankable)}{options}}}")
            self.schema[name] = "double" if ties == "average" else "int64"
        elif kind == "window":
            self.window()
        elif kind == "whole":
            call, type_ = exprs.aggregate()
            name = self.fresh()
            if type_ in ("int64", "double") and rng.random() < 0.5:
                numeric = [c for c, t in self.schema.items() if t in ("int64", "double")]
                if numeric:
                    self.stages.append(f"filter ({rng.choice(numeric)} <= ({call}))")
                    return
            self.stages.append(f"derive {{{name} = {call}}}")
            self.schema[name] = type_

    def window(self):
        """A window step: window functions and aggregates over partitions (`group`), an order
        (`sort`) and a frame (`window rows:…`, `range:…`, `expanding:`, `rolling:`)."""
        rng = self.rng
        schema = self.schema
        if not schema:
            return
        keys = [c for c, t in schema.items() if t in ("int64", "string", "bool", "date")]
        partition = rng.sample(keys, min(len(keys), rng.randint(1, 2))) if keys and rng.random() < 0.6 else []
        frame = rng.choice(["", "", "rows", "range", "expanding", "rolling"])
        measurable = [c for c, t in schema.items() if t in ("int64", "double", "date")]
        if frame == "range" and not measurable:
            frame = "rows"
        if frame == "range":
            order = [("-" if rng.random() < 0.4 else "") + rng.choice(measurable)]
        elif rng.random() < 0.4:
            # Every column: only identical rows tie, so the result does not depend on tie order.
            columns = list(schema)
            rng.shuffle(columns)
            order = [("-" if rng.random() < 0.4 else "") + c for c in columns]
        else:
            order = [("-" if rng.random() < 0.4 else "") + c for c in rng.sample(list(schema), rng.randint(0, min(2, len(schema))))]
        total = frame == "range" or len(order) == len(schema)
        if frame == "rows":
            lower, upper = rng.choice([(-2, 0), (-1, 1), (None, 0), (1, None), (2, 3), (-3, -1), (-1, None), (0, 0)])
            frame_text = f"rows:{'' if lower is None else lower}..{'' if upper is None else upper}"
        elif frame == "range":
            lower, upper = rng.choice([(-89, 0), (-3, 3), (-10, -1), (0, None), (None, -2), (-400, 0)])
            frame_text = f"range:{'' if lower is None else lower}..{'' if upper is None else upper}"
        elif frame == "expanding":
            frame_text = "expanding:true"
        elif frame == "rolling":
            frame_text = f"rolling:{rng.randint(1, 4)}"
        else:
            frame_text = ""
        numeric = [c for c, t in schema.items() if t in ("int64", "double")]
        rankable = [c for c, t in schema.items() if t in ("int64", "double", "string", "date")]
        items = []
        for _ in range(rng.randint(1, 3)):
            name = self.fresh()
            choice = rng.randrange(11)
            if choice == 0:
                items.append(f"{name} = row_number this")
                schema_type, ordered = "int64", True
            elif choice == 1:
                items.append(f"{name} = ntile {rng.randint(1, 5)}")
                schema_type, ordered = "int64", True
                self.windows_unsafe = True
            elif choice == 2:
                column = rng.choice(list(schema))
                function = rng.choice(["lag", "lead"])
                default = ""
                schema_type = schema[column]
                if schema_type in ("int64", "double") and rng.random() < 0.5:
                    literal = rng.choice(["0", "-1", "2.5"])
                    default = f" default:{literal}"
                    if "." in literal:
                        schema_type = "double"
                items.append(f"{name} = {function} {rng.randint(0, 3)} {column}{default}")
                ordered = True
            elif choice == 3 and rankable:
                ties = rng.choice(["competition", "dense", "ordinal", "max", "average"])
                descending = " descending:true" if rng.random() < 0.5 else ""
                items.append(f"{name} = rank {rng.choice(rankable)} ties:{ties}{descending}")
                schema_type, ordered = ("double" if ties == "average" else "int64"), False
            elif choice == 4 and rankable:
                function = rng.choice(["percent_rank", "cume_dist"])
                items.append(f"{name} = {function} {rng.choice(rankable)}")
                schema_type, ordered = "double", False
                self.windows_unsafe = True
            elif choice in (5, 6) and numeric:
                column = rng.choice(numeric)
                function = rng.choice(["sum", "mean"])
                items.append(f"{name} = {function} {column}")
                schema_type, ordered = ("double" if function == "mean" else schema[column]), True
            elif choice == 7:
                column = rng.choice(list(schema))
                function = rng.choice(["min", "max"])
                items.append(f"{name} = {function} {column}")
                schema_type, ordered = schema[column], True
            elif choice == 8:
                column = rng.choice(list(schema))
                items.append(f"{name} = {rng.choice(['first', 'last'])} {column}")
                schema_type, ordered = schema[column], True
                self.windows_unsafe = True
            elif choice == 9 and numeric:
                column = rng.choice(numeric)
                items.append(f"{name} = running_sum {column}")
                schema_type, ordered = schema[column], True
                self.windows_unsafe = True
            else:
                items.append(f"{name} = count {rng.choice(['this'] + list(schema))}")
                schema_type, ordered = "int64", True
            # A whole-partition aggregate reads no order; the rest read it, ties included.
            aggregate = items[-1].split(" = ", 1)[1].split(" ")[0] in ("sum", "mean", "min", "max", "count")
            if ordered and not total and not (aggregate and frame in ("", "range")):
                self.windows_unsafe = True
            schema[name] = schema_type
        derive = f"derive {{{', '.join(items)}}}"
        body = f"window {frame_text} ({derive})" if frame_text else derive
        sort = f"sort {{{', '.join(order)}}}" if order else ""
        if partition:
            # prqlc moves the group keys to the front of the columns; the engine keeps the
            # input's column order, so partitioned windows are compared with DuckDB alone.
            self.windows_unsafe = True
            inner = f"{sort} | {body}" if sort else body
            self.stages.append(f"group {{{', '.join(partition)}}} ({inner})")
        else:
            if sort:
                self.stages.append(sort)
            self.stages.append(body)

    def text(self):
        """The query text: `t2` as a relation when joined, then the pipeline, one stage a line."""
        head = ""
        if self.uses_join:
            head = f"let t2 = (\n  {self.right.from_clause()}\n)\n\n"
        return head + "\n".join(self.stages) + "\n"


def random_case(seed):
    """The tables and the pipeline of case `seed`."""
    rng = random.Random(seed)
    left = random_table(rng, "t1", TYPES)
    right = random_table(rng, "t2", RIGHT_TYPES)
    pipeline = Pipeline(rng, left, right).build(rng.randint(1, 5))
    return left, right, pipeline
