using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace ParallelNotebooks.Notebooks;

/// <summary>One code cell as its twin holds it.</summary>
/// <param name="References">The paths of its <c>#r</c> lines, as written (relative to the notebook's folder).</param>
/// <param name="Usings">Its using directives, which the twin gathers at the top.</param>
/// <param name="Code">Its statements, with what only the kernel does translated.</param>
/// <param name="Types">The types it declares, which a file-based app wants after all top-level statements.</param>
/// <param name="TopLevelNames">The variables and local functions it declares at the top level.</param>
/// <param name="BlockNames">The variables it declares inside blocks (not inside lambdas or local functions).</param>
internal sealed record TwinCell(
    IReadOnlyList<string> References,
    IReadOnlyList<string> Usings,
    string Code,
    IReadOnlyList<string> Types,
    IReadOnlyList<string> TopLevelNames,
    IReadOnlyList<string> BlockNames)
{
    /// <summary>What the kernel's C# scripts start with (Microsoft.DotNet.Interactive.CSharp), so a twin compiles the same cells.</summary>
    internal static readonly string[] KernelUsings =
        ["using System;", "using System.Text;", "using System.Collections;", "using System.Collections.Generic;", "using System.Threading.Tasks;", "using System.Linq;"];

    // A notebook cell is a C# script: it may end with an expression the kernel shows, and it may declare what a
    // later cell declares again. Parsing it as one tells the twin where those are.
    private static readonly CSharpParseOptions Script = new(LanguageVersion.Latest, kind: SourceCodeKind.Script);

    /// <summary>Translates one code cell.</summary>
    /// <exception cref="NotSupportedException">The cell does something a twin cannot; the message says what.</exception>
    internal static TwinCell Translate(NotebookCell cell)
    {
        var references = new List<string>();
        var timed = false;
        var code = new StringBuilder();
        foreach (var line in cell.Source.ReplaceLineEndings("\n").Split('\n'))
        {
            var directive = line.Trim();
            if (directive.StartsWith("#r ", StringComparison.Ordinal))
            {
                references.Add(ReferencePath(cell, directive));
            }
            else if (directive.StartsWith("#!", StringComparison.Ordinal))
            {
                timed |= Magic(cell, directive);
            }
            else
            {
                code.Append(line).Append('\n');
            }
        }

        var tree = CSharpSyntaxTree.ParseText(code.ToString(), Script);
        if (tree.GetDiagnostics().FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error) is { } error)
        {
            throw new NotSupportedException($"Cell {cell.Number} is not C# the kernel could run: {error.GetMessage()}");
        }

        var root = KernelCallsReplaced((CompilationUnitSyntax)tree.GetRoot());
        if (root.Externs.Count > 0 || root.AttributeLists.Count > 0)
        {
            throw new NotSupportedException($"Cell {cell.Number} declares an extern alias or an assembly attribute, which a twin cannot place in the middle of a program.");
        }

        var edits = new List<(TextSpan Span, string Text)>();
        var usings = new List<string>();
        foreach (var directive in root.Usings)
        {
            usings.Add(directive.WithoutTrivia().ToFullString());
            edits.Add((TextSpan.FromBounds(directive.SpanStart, directive.FullSpan.End), ""));
        }

        var types = new List<string>();
        foreach (var type in root.Members.Where(m => m is BaseTypeDeclarationSyntax or DelegateDeclarationSyntax))
        {
            types.Add(type.ToFullString().Trim('\n'));
            edits.Add((type.FullSpan, ""));
        }

        // The kernel shows the value of a cell's last expression when it has no semicolon; a program shows nothing.
        if (root.Members.LastOrDefault() is GlobalStatementSyntax { Statement: ExpressionStatementSyntax { SemicolonToken.IsMissing: true } shown })
        {
            edits.Add((shown.Expression.Span, $"Twin.Show({shown.Expression});"));
        }

        var text = root.ToFullString();
        foreach (var (span, replacement) in edits.OrderByDescending(e => e.Span.Start))
        {
            text = text[..span.Start] + replacement + text[span.End..];
        }

        text = Tidy(text);
        if (timed)
        {
            var clock = $"cell{cell.Number}Clock";
            text = $"var {clock} = System.Diagnostics.Stopwatch.StartNew();\n{text}\nConsole.WriteLine($\"Wall time: {{{clock}.Elapsed.TotalMilliseconds:0.00}}ms\");";
        }

        var (topLevel, inBlocks) = DeclaredNames(root);
        return new TwinCell(references, usings, text, types, topLevel, inBlocks);
    }

    /// <summary>
    /// <c>display(x)</c> (the kernel's own function) becomes <c>Twin.Show(x)</c>, and a progress line that updates a
    /// notebook output becomes one that updates the console.
    /// </summary>
    private static CompilationUnitSyntax KernelCallsReplaced(CompilationUnitSyntax root)
    {
        var display = root.DescendantNodes().OfType<InvocationExpressionSyntax>()
            .Select(call => call.Expression).OfType<IdentifierNameSyntax>()
            .Where(name => name.Identifier.Text == "display");
        var progress = root.DescendantNodes().OfType<MemberAccessExpressionSyntax>()
            .Where(access => access.Expression is IdentifierNameSyntax { Identifier.Text: "ProgressDisplay" } && access.Name.Identifier.Text == "InNotebook");
        var replacements = display.Select(n => ((ExpressionSyntax)n, "Twin.Show"))
            .Concat(progress.Select(n => ((ExpressionSyntax)n, "Twin.Progress")))
            .ToDictionary(r => r.Item1, r => r.Item2);
        return root.ReplaceNodes(replacements.Keys, (original, _) => SyntaxFactory.ParseExpression(replacements[original]).WithTriviaFrom(original));
    }

    /// <summary>
    /// The names a cell declares at its top level, and those it declares inside blocks. A twin is one program in which
    /// every cell's top-level names share one scope: a later cell may not declare one again, nor may a block hide one.
    /// Lambdas and local functions may, so what they declare is left out.
    /// </summary>
    private static (List<string> TopLevel, List<string> InBlocks) DeclaredNames(CompilationUnitSyntax root)
    {
        var topLevel = new List<string>();
        var inBlocks = new List<string>();
        foreach (var member in root.Members)
        {
            if (member is MethodDeclarationSyntax method)
            {
                topLevel.Add(method.Identifier.Text);
            }
            else if (member is GlobalStatementSyntax { Statement: LocalFunctionStatementSyntax function })
            {
                topLevel.Add(function.Identifier.Text);
            }
        }

        var declarations = root.DescendantNodes(node => node is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or BaseMethodDeclarationSyntax or BaseTypeDeclarationSyntax));
        foreach (var node in declarations)
        {
            var name = node switch
            {
                VariableDeclaratorSyntax variable => variable.Identifier.Text,
                ForEachStatementSyntax loop => loop.Identifier.Text,
                SingleVariableDesignationSyntax designation => designation.Identifier.Text,
                CatchDeclarationSyntax { Identifier.Text.Length: > 0 } caught => caught.Identifier.Text,
                _ => null,
            };
            if (name is not null)
            {
                (AtTopLevel(node) ? topLevel : inBlocks).Add(name);
            }
        }

        return (topLevel, inBlocks);
    }

    /// <summary>
    /// Whether a declaration's scope is the whole program: a variable of a top-level declaration, or a pattern or
    /// <c>out</c> variable in a top-level declaration, expression statement or <c>if</c> condition.
    /// </summary>
    private static bool AtTopLevel(SyntaxNode declaration) =>
        // A script parses a top-level variable declaration as a field of the submission.
        declaration.Ancestors().FirstOrDefault(a => a is StatementSyntax or FieldDeclarationSyntax) switch
        {
            FieldDeclarationSyntax => true,
            LocalDeclarationStatementSyntax { Parent: GlobalStatementSyntax } => true,
            ExpressionStatementSyntax { Parent: GlobalStatementSyntax } => declaration is SingleVariableDesignationSyntax,
            IfStatementSyntax { Parent: GlobalStatementSyntax } branch => branch.Condition.Span.Contains(declaration.Span),
            _ => false,
        };

    private static string ReferencePath(NotebookCell cell, string directive)
    {
        var match = Regex.Match(directive, "^#r\\s+\"(?<path>[^\"]+)\"\\s*$");
        if (!match.Success)
        {
            throw new NotSupportedException($"Cell {cell.Number}: '{directive}' is not a #r of a file.");
        }

        var path = match.Groups["path"].Value;
        return path.StartsWith("nuget:", StringComparison.OrdinalIgnoreCase)
            ? throw new NotSupportedException($"Cell {cell.Number}: '{directive}' loads a package into the kernel; a twin references projects only, so use the package from the kit's library.")
            : path;
    }

    /// <returns>Whether the cell is timed (<c>#!time</c>).</returns>
    private static bool Magic(NotebookCell cell, string directive)
    {
        var command = directive.Split(' ', 2)[0];
        return command switch
        {
            "#!csharp" or "#!c#" or "#!C#" => false,
            "#!time" => true,
            _ => throw new NotSupportedException($"Cell {cell.Number}: the magic command '{command}' has no twin; only #!csharp and #!time do."),
        };
    }

    /// <summary>No blank lines at either end, and never two in a row, where lifted lines left gaps.</summary>
    private static string Tidy(string code)
    {
        var lines = code.Split('\n').Select(l => l.TrimEnd()).ToList();
        var kept = lines.Where((line, i) => line.Length > 0 || (i > 0 && lines[i - 1].Length > 0)).ToList();
        return string.Join('\n', kept).Trim('\n');
    }
}
