using S3Criteria.Model;

namespace S3Criteria.Tests.Model;

public sealed class DataTypeTests
{
    private static readonly DataType Priorities = DataType.List(DataType.Object(ModelSchema.KindOf(typeof(PriorityArea))));

    public static TheoryData<string, string, Type, bool> Types => new()
    {
        { "number", "number", typeof(decimal?), true },
        { "text", "text", typeof(string), true },
        { "boolean", "true/false", typeof(bool), true },
        { "date", "date", typeof(DateOnly?), true },
        { "duration", "duration", typeof(DateSpan), false },
        { "enum", "cohesion category", typeof(CohesionCategory?), true },
        { "texts", "list of text", typeof(IReadOnlyList<string>), false },
        { "enums", "list of cohesion category", typeof(IReadOnlyList<CohesionCategory>), false },
        { "objects", "list of priority", typeof(IReadOnlyList<PriorityArea>), false },
        { "object", "region", typeof(Region), false },
    };

    [Theory]
    [MemberData(nameof(Types))]
    public void DataType_EachKind_HasItsNameClrTypeAndScalarness(string key, string displayName, Type clrType, bool isScalar)
    {
        var type = Of(key);

        Assert.Equal(displayName, type.DisplayName);
        Assert.Equal(displayName, type.ToString());
        Assert.Equal(clrType, type.ClrType);
        Assert.Equal(isScalar, type.IsScalar);
    }

    [Fact]
    public void ElementClrType_EachKind_IsTheTypeAnItemOfAListHas()
    {
        Assert.Equal(typeof(string), DataType.Text.ElementClrType);
        Assert.Equal(typeof(CohesionCategory), Of("enum").ElementClrType);
        Assert.Equal(typeof(Region), Of("object").ElementClrType);
        Assert.Equal(typeof(decimal?), DataType.Number.ElementClrType);
    }

    [Fact]
    public void Equals_SameShape_IsEqualWhateverTheInstance()
    {
        Assert.Equal(DataType.List(DataType.Text), DataType.List(DataType.Text));
        Assert.Equal(DataType.List(DataType.Text).GetHashCode(), DataType.List(DataType.Text).GetHashCode());
        Assert.Equal(DataType.Enum(typeof(Helix)), DataType.Enum(typeof(Helix)));
        Assert.Equal(Priorities, DataType.List(DataType.Object(ModelSchema.KindOf(typeof(PriorityArea)))));
        Assert.True(DataType.Text.Equals((object)DataType.Text));
    }

    [Fact]
    public void Equals_OtherShape_IsNotEqual()
    {
        Assert.NotEqual(DataType.Text, DataType.Number);
        Assert.NotEqual(DataType.Enum(typeof(Helix)), DataType.Enum(typeof(CohesionCategory)));
        Assert.NotEqual(DataType.List(DataType.Text), DataType.List(DataType.Number));
        Assert.NotEqual(DataType.Object(ModelSchema.KindOf(typeof(Region))), DataType.Object(ModelSchema.KindOf(typeof(Partner))));
        Assert.False(DataType.Text.Equals(null));
        Assert.False(DataType.Text.Equals((object)"text"));
    }

    private static DataType Of(string key) => key switch
    {
        "number" => DataType.Number,
        "text" => DataType.Text,
        "boolean" => DataType.Boolean,
        "date" => DataType.Date,
        "duration" => DataType.Duration,
        "enum" => DataType.Enum(typeof(CohesionCategory)),
        "texts" => DataType.List(DataType.Text),
        "enums" => DataType.List(DataType.Enum(typeof(CohesionCategory))),
        "objects" => Priorities,
        _ => DataType.Object(ModelSchema.KindOf(typeof(Region))),
    };
}
