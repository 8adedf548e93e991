using System.Reflection;
using System.Reflection.Emit;

namespace ContentKit.Tests.Architecture;

/// <summary>
/// The types one type uses: its base type and interfaces, the types of its fields, properties, events and method
/// signatures, its methods' local variables, and every type, method and field its method bodies name in their IL
/// (read with <see cref="MethodBody.GetILAsByteArray"/> and resolved through the module). Generic arguments,
/// arrays and by-ref types are unwrapped, so a <c>List&lt;Motion&gt;</c> field counts as a use of <c>Motion</c>.
/// Nested and compiler-generated types (lambdas, iterators, async state machines) belong to the type they are
/// declared in, because that is the source file the use was written in.
/// </summary>
internal static class TypeReferences
{
    private const BindingFlags Declared =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(field => (OpCode)field.GetValue(null)!)
        .ToDictionary(code => code.Value);

    /// <summary>The outermost declaring type: where the source of a nested or generated type was written.</summary>
    public static Type Outermost(Type type)
    {
        while (type.DeclaringType is { } outer)
        {
            type = outer;
        }

        return type;
    }

    /// <summary>Every type <paramref name="type"/> (not its nested types) uses, with where the use was found.</summary>
    public static IEnumerable<(Type Used, string Where)> Of(Type type)
    {
        var found = new List<(Type, string)>();
        void Add(Type? used, string where)
        {
            foreach (var each in Unwrap(used))
            {
                found.Add((each, where));
            }
        }

        Add(type.BaseType, "base type");
        foreach (var contract in type.GetInterfaces())
        {
            Add(contract, "interface");
        }

        foreach (var field in type.GetFields(Declared))
        {
            Add(field.FieldType, $"field {field.Name}");
        }

        foreach (var property in type.GetProperties(Declared))
        {
            Add(property.PropertyType, $"property {property.Name}");
        }

        foreach (var handler in type.GetEvents(Declared))
        {
            Add(handler.EventHandlerType, $"event {handler.Name}");
        }

        var methods = type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared));
        foreach (var method in methods)
        {
            var where = $"{method.Name}";
            if (method is MethodInfo info)
            {
                Add(info.ReturnType, where);
            }

            foreach (var parameter in method.GetParameters())
            {
                Add(parameter.ParameterType, where);
            }

            var body = method.GetMethodBody();
            if (body is null)
            {
                continue;
            }

            foreach (var local in body.LocalVariables)
            {
                Add(local.LocalType, where);
            }

            foreach (var member in MembersNamedIn(method, body.GetILAsByteArray() ?? []))
            {
                switch (member)
                {
                    case Type used:
                        Add(used, where);
                        break;
                    case FieldInfo field:
                        Add(field.DeclaringType, where);
                        Add(field.FieldType, where);
                        break;
                    case MethodBase called:
                        Add(called.DeclaringType, where);
                        if (called is MethodInfo calledInfo)
                        {
                            Add(calledInfo.ReturnType, where);
                            foreach (var argument in calledInfo.IsGenericMethod ? calledInfo.GetGenericArguments() : [])
                            {
                                Add(argument, where);
                            }
                        }

                        foreach (var parameter in called.GetParameters())
                        {
                            Add(parameter.ParameterType, where);
                        }

                        break;
                }
            }
        }

        return found;
    }

    /// <summary>The types, methods and fields named by the tokens of one method body.</summary>
    private static IEnumerable<MemberInfo> MembersNamedIn(MethodBase method, byte[] il)
    {
        var typeArguments = method.DeclaringType is { IsGenericType: true } declaring ? declaring.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var at = 0;
        while (at < il.Length)
        {
            short value = il[at++];
            if (value == 0xFE)
            {
                value = (short)(0xFE00 | il[at++]);
            }

            var code = OpCodesByValue[value];
            switch (code.OperandType)
            {
                case OperandType.InlineType or OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineTok:
                    var token = BitConverter.ToInt32(il, at);
                    yield return method.Module.ResolveMember(token, typeArguments, methodArguments)
                        ?? throw new InvalidOperationException($"{method.DeclaringType}.{method.Name}: token {token:X8} resolves to nothing.");
                    at += 4;
                    break;
                case OperandType.InlineSwitch:
                    at += 4 + (4 * BitConverter.ToInt32(il, at));
                    break;
                default:
                    at += OperandSize(code.OperandType);
                    break;
            }
        }
    }

    private static int OperandSize(OperandType operand) => operand switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        _ => 4,
    };

    /// <summary>A type and what it is built from: element types of arrays and by-refs, generic arguments.</summary>
    private static IEnumerable<Type> Unwrap(Type? type)
    {
        if (type is null || type.IsGenericParameter)
        {
            yield break;
        }

        if (type.HasElementType)
        {
            foreach (var element in Unwrap(type.GetElementType()))
            {
                yield return element;
            }

            yield break;
        }

        yield return type.IsGenericType ? type.GetGenericTypeDefinition() : type;
        if (type.IsGenericType)
        {
            foreach (var argument in type.GetGenericArguments().SelectMany(Unwrap))
            {
                yield return argument;
            }
        }
    }
}
