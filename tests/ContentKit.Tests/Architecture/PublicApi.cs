using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace ContentKit.Tests.Architecture;

/// <summary>
/// The public surface of an assembly as text, one line per type and member, sorted: what a caller of the NuGet package
/// can see and would break on. Types by full name with kind, base type and interfaces; members with their signatures,
/// nullable annotations, default values and <c>init</c>/<c>set</c>; enum members with their values. Compiler-made
/// members with unspeakable names (<c>&lt;Clone&gt;$</c>) are left out.
/// </summary>
internal static class PublicApi
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly NullabilityInfoContext Nullability = new();

    public static string Of(Assembly assembly)
    {
        var text = new StringBuilder();
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            text.Append(Header(type)).Append('\n');
            foreach (var member in Members(type).Order(StringComparer.Ordinal))
            {
                text.Append("    ").Append(member).Append('\n');
            }
        }

        return text.ToString();
    }

    private static string Header(Type type)
    {
        var kind = type switch
        {
            { IsEnum: true } => "enum",
            { IsInterface: true } => "interface",
            { IsValueType: true } => IsRecord(type) ? "record struct" : "struct",
            _ when typeof(Delegate).IsAssignableFrom(type) => "delegate",
            { IsAbstract: true, IsSealed: true } => "static class",
            _ => (type.IsSealed ? "sealed " : type.IsAbstract ? "abstract " : "") + (IsRecord(type) ? "record" : "class"),
        };
        var bases = new List<string>();
        if (type.BaseType is { } baseType && baseType != typeof(object) && baseType != typeof(ValueType) && baseType != typeof(Enum))
        {
            bases.Add(Name(baseType));
        }

        bases.AddRange(type.GetInterfaces().Where(i => i.IsPublic || i.IsNestedPublic).Select(i => Name(i)).Order(StringComparer.Ordinal));
        return $"{kind} {Name(type)}{(type.IsEnum ? " : " + Name(Enum.GetUnderlyingType(type)) : bases.Count > 0 ? " : " + string.Join(", ", bases) : "")}";
    }

    private static IEnumerable<string> Members(Type type)
    {
        if (type.IsEnum)
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                yield return $"{field.Name} = {Convert.ToInt64(field.GetRawConstantValue(), System.Globalization.CultureInfo.InvariantCulture)}";
            }

            yield break;
        }

        foreach (var member in type.GetMembers(Declared | BindingFlags.NonPublic))
        {
            if (member.Name.Contains('<', StringComparison.Ordinal) || !Visible(member))
            {
                continue;
            }

            switch (member)
            {
                case ConstructorInfo constructor:
                    yield return $"{Access(constructor)}ctor({Parameters(constructor)})";
                    break;
                case MethodInfo method when !method.IsSpecialName || method.Name.StartsWith("op_", StringComparison.Ordinal):
                    var generic = method.IsGenericMethod ? $"<{string.Join(", ", method.GetGenericArguments().Select(a => a.Name))}>" : "";
                    yield return $"{Access(method)}{Modifiers(method)}{Name(method.ReturnType, Nullability.Create(method.ReturnParameter))} {method.Name}{generic}({Parameters(method)})";
                    break;
                case PropertyInfo property:
                    var accessors = new List<string>();
                    if (property.GetMethod is { } getter && Visible(getter))
                    {
                        accessors.Add("get;");
                    }

                    if (property.SetMethod is { } setter && Visible(setter))
                    {
                        var init = setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
                        accessors.Add(init ? "init;" : "set;");
                    }

                    var indexer = property.GetIndexParameters() is { Length: > 0 } index ? $"[{string.Join(", ", index.Select(Parameter))}]" : "";
                    var accessor = property.GetMethod ?? property.SetMethod!;
                    var required = property.IsDefined(typeof(RequiredMemberAttribute)) ? "required " : "";
                    yield return $"{Access(accessor)}{Modifiers(accessor)}{required}{Name(property.PropertyType, Nullability.Create(property))} {property.Name}{indexer} {{ {string.Join(" ", accessors)} }}";
                    break;
                case FieldInfo field:
                    var constant = field.IsLiteral ? $"const " : field.IsInitOnly ? "readonly " : "";
                    var value = field.IsLiteral ? $" = {Value(field.GetRawConstantValue())}" : "";
                    yield return $"{Access(field)}{(field.IsStatic && !field.IsLiteral ? "static " : "")}{constant}{Name(field.FieldType, Nullability.Create(field))} {field.Name}{value}";
                    break;
                case EventInfo handler:
                    yield return $"{Access(handler.AddMethod!)}event {Name(handler.EventHandlerType!)} {handler.Name}";
                    break;
            }
        }
    }

    private static bool Visible(MemberInfo member) => member switch
    {
        MethodBase method => method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly,
        FieldInfo field => field.IsPublic || field.IsFamily || field.IsFamilyOrAssembly,
        PropertyInfo property => new[] { property.GetMethod, property.SetMethod }.Any(m => m is not null && Visible(m)),
        EventInfo handler => handler.AddMethod is { } add && Visible(add),
        _ => false,
    };

    private static string Access(MemberInfo member) => member switch
    {
        MethodBase { IsPublic: true } or FieldInfo { IsPublic: true } => "",
        _ => "protected ",
    };

    private static string Modifiers(MethodInfo method) =>
        (method.IsStatic ? "static " : "") + (method.IsAbstract ? "abstract " : method.IsVirtual && !method.IsFinal && method.GetBaseDefinition() == method ? "virtual " : method.GetBaseDefinition() != method ? "override " : "");

    private static string Parameters(MethodBase method) => string.Join(", ", method.GetParameters().Select(Parameter));

    private static string Parameter(ParameterInfo parameter)
    {
        var type = parameter.ParameterType;
        var prefix = parameter.IsOut ? "out " : type.IsByRef ? (parameter.IsIn ? "in " : "ref ") : "";
        var isParams = parameter.IsDefined(typeof(ParamArrayAttribute)) ? "params " : "";
        var value = !parameter.HasDefaultValue ? ""
            : parameter.DefaultValue is null && type.IsValueType && Nullable.GetUnderlyingType(type) is null ? " = default"
            : $" = {Value(parameter.DefaultValue)}";
        return $"{isParams}{prefix}{Name(type.IsByRef ? type.GetElementType()! : type, Nullability.Create(parameter))} {parameter.Name}{value}";
    }

    private static string Value(object? value) => value switch
    {
        null => "null",
        string text => $"\"{text}\"",
        bool flag => flag ? "true" : "false",
        IFormattable number => number.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>A C#-like name: namespaces kept, generic arguments and nullable annotations written out.</summary>
    private static string Name(Type type, NullabilityInfo? nullability = null)
    {
        if (type.IsByRef)
        {
            return Name(type.GetElementType()!, nullability?.ElementType ?? nullability) + "&";
        }

        if (type.IsArray)
        {
            return Name(type.GetElementType()!, nullability?.ElementType) + "[]" + Mark(nullability);
        }

        if (Nullable.GetUnderlyingType(type) is { } inner)
        {
            return Name(inner) + "?";
        }

        if (type.IsGenericParameter)
        {
            return type.Name + Mark(nullability);
        }

        var name = type.IsNested ? $"{Name(type.DeclaringType!)}.{type.Name}" : $"{type.Namespace}.{type.Name}";
        if (type.IsGenericType)
        {
            var arguments = type.GetGenericArguments();
            var infos = nullability?.GenericTypeArguments;
            name = name[..name.IndexOf('`', StringComparison.Ordinal)] +
                $"<{string.Join(", ", arguments.Select((a, i) => Name(a, infos is { Length: > 0 } && i < infos.Length ? infos[i] : null)))}>";
        }

        return name + (type.IsValueType ? "" : Mark(nullability));
    }

    private static string Mark(NullabilityInfo? nullability) =>
        nullability is { ReadState: NullabilityState.Nullable } ? "?" : "";

    private static bool IsRecord(Type type) =>
        type.GetMethod("<Clone>$") is not null || type.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance) is not null;
}
