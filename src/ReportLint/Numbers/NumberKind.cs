namespace ReportLint.Numbers;

/// <summary>What a number in a report stands for. Only the first four are quantities that arithmetic rules may use.</summary>
internal enum NumberKind
{
    /// <summary>A count or measure, with or without a recognised unit: <c>21 Đảng bộ</c>.</summary>
    Count,

    /// <summary><c>85,2%</c>, <c>80-90%</c>.</summary>
    Percentage,

    /// <summary>A share written as a fraction: <c>62/66 TCCS Đảng</c>.</summary>
    Fraction,

    /// <summary><c>12,6 tỷ đồng</c>.</summary>
    Money,

    /// <summary><c>năm 2019</c>.</summary>
    Year,

    /// <summary><c>2015-2019</c>, <c>nhiệm kỳ 2020 - 2025</c>.</summary>
    YearRange,

    /// <summary><c>16/1/2020</c>, <c>ngày 23/1</c>, <c>(25/11)</c>.</summary>
    Date,

    /// <summary><c>17:40</c>, <c>17h30</c>.</summary>
    Time,

    /// <summary><c>22-NQ/TW</c>, <c>30/2020/NĐ-CP</c>, <c>Chỉ thị số 05</c>.</summary>
    DocumentNumber,

    /// <summary>A number that names or ranks: <c>lần thứ 32</c>, <c>Trung ương 4</c>, <c>Điều 3</c>, <c>khóa XII</c>.</summary>
    Ordinal,

    /// <summary>A length of time: <c>5 năm liền</c>, <c>dưới 6 tháng</c>.</summary>
    Duration,

    /// <summary>A frequency or per-unit figure: <c>12 kỳ/năm</c>; not additive.</summary>
    Rate,

    /// <summary>Phone numbers, <c>GMT+7</c>, <c>H5N1</c>, <c>4.0</c> and other codes.</summary>
    Code,
}

/// <summary>Whether a stated figure is exact or only a bound.</summary>
internal enum Exactness
{
    Exact,

    /// <summary><c>hơn</c>, <c>trên</c>.</summary>
    MoreThan,

    /// <summary><c>ít nhất</c>, <c>tối thiểu</c>, <c>đạt từ</c>, <c>từ ... trở lên</c>.</summary>
    AtLeast,

    /// <summary><c>dưới</c>, <c>chưa đến</c>.</summary>
    LessThan,

    /// <summary><c>tối đa</c>, <c>không quá</c>, <c>... trở xuống</c>.</summary>
    AtMost,

    /// <summary><c>khoảng</c>, <c>gần</c>, <c>xấp xỉ</c>, <c>ước</c>.</summary>
    Approximately,
}
