using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using ContentKit.Templates;

namespace ContentKit.Authoring;

public static partial class BlankSheet
{
    // Excel refuses a data validation whose title is longer than 32 characters or whose message is longer than 225.
    private const int MaxErrorTitle = 32;
    private const int MaxErrorText = 225;

    /// <summary>
    /// What a spreadsheet program checks as a value is typed: a date in date columns, a number in number columns, and no
    /// more characters than a text field holds. ContentKit checks all of it again before it renders; this says it sooner.
    /// </summary>
    private static DataValidations? Validations(IReadOnlyList<FieldDefinition> fields)
    {
        var validations = new List<DataValidation>();
        for (var i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            var range = $"{Reference(i + 1, 2)}:{Reference(i + 1, LastRow)}";
            var validation = field.Type switch
            {
                // Any day from 1 January 1900 on (serial 1).
                FieldType.Date => Check(DataValidationValues.Date, DataValidationOperatorValues.GreaterThanOrEqual, "1", Messages.Sheet_DateError),
                FieldType.Number => Check(DataValidationValues.Decimal, DataValidationOperatorValues.Between, "-1E+15", Messages.Sheet_NumberError, "1E+15"),
                _ when field.MaxLength > 0 => Check(
                    DataValidationValues.TextLength,
                    DataValidationOperatorValues.LessThanOrEqual,
                    field.MaxLength.ToString(CultureInfo.InvariantCulture),
                    Localized.Format(Messages.Sheet_Comment_MaxLength, field.MaxLength)),
                _ => null,
            };
            if (validation is not null)
            {
                validation.SequenceOfReferences = new ListValue<StringValue>([range]);
                validation.ErrorTitle = Cut(field.Name, MaxErrorTitle);
                validations.Add(validation);
            }
        }

        return validations.Count == 0 ? null : new DataValidations(validations) { Count = (uint)validations.Count };
    }

    private static DataValidation Check(DataValidationValues type, DataValidationOperatorValues comparison, string first, string error, string? second = null)
    {
        var validation = new DataValidation
        {
            Type = type,
            Operator = comparison,
            AllowBlank = true,
            ShowErrorMessage = true,
            Error = Cut(error, MaxErrorText),
            Formula1 = new Formula1(first),
        };
        if (second is not null)
        {
            validation.Formula2 = new Formula2(second);
        }

        return validation;
    }

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
