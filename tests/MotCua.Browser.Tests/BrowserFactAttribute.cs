using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace MotCua.Browser.Tests;

/// <summary>
/// A [Fact] whose runner takes a screenshot of the page (TestResults/screenshots/&lt;test&gt;.png) when the test
/// fails, before the test's browser context is closed. Use it on every test of a <see cref="BrowserTest"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
[XunitTestCaseDiscoverer("MotCua.Browser.Tests.BrowserFactDiscoverer", "MotCua.Browser.Tests")]
public sealed class BrowserFactAttribute : FactAttribute;

/// <summary>A [Theory] with the same screenshot-on-failure behaviour as <see cref="BrowserFactAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
[XunitTestCaseDiscoverer("MotCua.Browser.Tests.BrowserTheoryDiscoverer", "MotCua.Browser.Tests")]
public sealed class BrowserTheoryAttribute : TheoryAttribute;

public sealed class BrowserFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    protected override IXunitTestCase CreateTestCase(
        ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute) =>
        new BrowserTestCase(
            DiagnosticMessageSink,
            discoveryOptions.MethodDisplayOrDefault(),
            discoveryOptions.MethodDisplayOptionsOrDefault(),
            testMethod);
}

public sealed class BrowserTheoryDiscoverer(IMessageSink diagnosticMessageSink) : TheoryDiscoverer(diagnosticMessageSink)
{
    protected override IEnumerable<IXunitTestCase> CreateTestCasesForDataRow(
        ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo theoryAttribute, object[] dataRow) =>
        [
            new BrowserTestCase(
                DiagnosticMessageSink,
                discoveryOptions.MethodDisplayOrDefault(),
                discoveryOptions.MethodDisplayOptionsOrDefault(),
                testMethod,
                dataRow),
        ];
}

public sealed class BrowserTestCase : XunitTestCase
{
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public BrowserTestCase()
    {
    }

    public BrowserTestCase(
        IMessageSink diagnosticMessageSink,
        TestMethodDisplay defaultMethodDisplay,
        TestMethodDisplayOptions defaultMethodDisplayOptions,
        ITestMethod testMethod,
        object[]? testMethodArguments = null)
        : base(diagnosticMessageSink, defaultMethodDisplay, defaultMethodDisplayOptions, testMethod, testMethodArguments)
    {
    }

    public override Task<RunSummary> RunAsync(
        IMessageSink diagnosticMessageSink,
        IMessageBus messageBus,
        object[] constructorArguments,
        ExceptionAggregator aggregator,
        CancellationTokenSource cancellationTokenSource) =>
        new BrowserTestCaseRunner(
            this, DisplayName, SkipReason, constructorArguments, TestMethodArguments, messageBus, aggregator, cancellationTokenSource)
            .RunAsync();
}

internal sealed class BrowserTestCaseRunner(
    IXunitTestCase testCase,
    string displayName,
    string skipReason,
    object[] constructorArguments,
    object[] testMethodArguments,
    IMessageBus messageBus,
    ExceptionAggregator aggregator,
    CancellationTokenSource cancellationTokenSource)
    : XunitTestCaseRunner(
        testCase, displayName, skipReason, constructorArguments, testMethodArguments, messageBus, aggregator, cancellationTokenSource)
{
    protected override Task<RunSummary> RunTestAsync() =>
        new BrowserTestRunner(
            new XunitTest(TestCase, DisplayName),
            MessageBus,
            TestClass,
            ConstructorArguments,
            TestMethod,
            TestMethodArguments,
            SkipReason,
            BeforeAfterAttributes,
            new ExceptionAggregator(Aggregator),
            CancellationTokenSource).RunAsync();
}

internal sealed class BrowserTestRunner(
    ITest test,
    IMessageBus messageBus,
    Type testClass,
    object[] constructorArguments,
    MethodInfo testMethod,
    object[] testMethodArguments,
    string skipReason,
    IReadOnlyList<BeforeAfterTestAttribute> beforeAfterAttributes,
    ExceptionAggregator aggregator,
    CancellationTokenSource cancellationTokenSource)
    : XunitTestRunner(
        test, messageBus, testClass, constructorArguments, testMethod, testMethodArguments, skipReason,
        beforeAfterAttributes, aggregator, cancellationTokenSource)
{
    protected override Task<decimal> InvokeTestMethodAsync(ExceptionAggregator aggregator) =>
        new BrowserTestInvoker(
            Test, MessageBus, TestClass, ConstructorArguments, TestMethod, TestMethodArguments,
            BeforeAfterAttributes, aggregator, CancellationTokenSource).RunAsync();
}

internal sealed class BrowserTestInvoker(
    ITest test,
    IMessageBus messageBus,
    Type testClass,
    object[] constructorArguments,
    MethodInfo testMethod,
    object[] testMethodArguments,
    IReadOnlyList<BeforeAfterTestAttribute> beforeAfterAttributes,
    ExceptionAggregator aggregator,
    CancellationTokenSource cancellationTokenSource)
    : XunitTestInvoker(
        test, messageBus, testClass, constructorArguments, testMethod, testMethodArguments,
        beforeAfterAttributes, aggregator, cancellationTokenSource)
{
    // Runs after the test method and before the test class (and so its browser context) is disposed.
    protected override async Task<decimal> InvokeTestMethodAsync(object testClassInstance)
    {
        var elapsed = await base.InvokeTestMethodAsync(testClassInstance);
        if (Aggregator.HasExceptions && testClassInstance is BrowserTest browserTest)
        {
            await browserTest.CaptureFailureAsync(Test.DisplayName);
        }

        return elapsed;
    }
}
