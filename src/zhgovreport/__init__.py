"""zhgovreport: Chinese government reports as structured data.

>>> import zhgovreport
>>> report = zhgovreport.parse("一、工作回顾\\n一是建强队伍。二是规范服务。\\n二、存在问题\\n")
>>> [s.title for s in report.sections]
['工作回顾', '存在问题']
>>> [i.lead for i in report.sections[0].items]
['建强队伍', '规范服务']
>>> zhgovreport.parse_quantity("5.4万多件").value
Decimal('54000')
"""

from zhgovreport.errors import BatchError, DecodeError, ParseError
from zhgovreport.model import (
    Approx,
    Aspect,
    DateKind,
    DateMention,
    Diagnostic,
    DiagnosticCode,
    Direction,
    EncodingBasis,
    FieldSource,
    Failure,
    FailureCode,
    HeaderLine,
    Indicator,
    Item,
    Kind,
    KindCue,
    Meta,
    MetaField,
    Note,
    Origin,
    Page,
    Part,
    Piece,
    Quantity,
    Report,
    ReportKind,
    Resolution,
    Role,
    Section,
    SourceFormat,
    Style,
)
from zhgovreport.numerals import parse_number
from zhgovreport.files import parse_file
from zhgovreport.html import parse_html
from zhgovreport.outline import parse
from zhgovreport.quantities import extract_quantities, parse_quantity
from zhgovreport.dates import extract_dates
from zhgovreport.indicators import extract_indicators

__version__ = "0.1.0"

__all__ = [
    "Approx",
    "Aspect",
    "BatchError",
    "DateKind",
    "DateMention",
    "DecodeError",
    "Diagnostic",
    "DiagnosticCode",
    "Direction",
    "EncodingBasis",
    "FieldSource",
    "Failure",
    "FailureCode",
    "HeaderLine",
    "Indicator",
    "Item",
    "Kind",
    "KindCue",
    "Meta",
    "MetaField",
    "Note",
    "Origin",
    "Page",
    "ParseError",
    "Part",
    "Piece",
    "Quantity",
    "Report",
    "ReportKind",
    "Resolution",
    "Role",
    "Section",
    "SourceFormat",
    "Style",
    "__version__",
    "extract_dates",
    "extract_indicators",
    "extract_quantities",
    "parse",
    "parse_file",
    "parse_html",
    "parse_number",
    "parse_quantity",
]
