from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'diff.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_title = resolve('title')
    l_0_changes = resolve('changes')
    l_0_words = resolve('words')
    l_0__ = resolve('_')
    l_0_change_list = missing
    try:
        t_1 = environment.filters['safe']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'safe' found.")
    pass
    included_template = environment.get_template('public/_changes.md.j2', 'diff.md.j2')._get_default_module(context)
    l_0_change_list = getattr(included_template, 'change_list', missing)
    if l_0_change_list is missing:
        l_0_change_list = undefined(f"the template {included_template.__name__!r} (imported on line 1 in 'diff.md.j2') does not export the requested name 'change_list'", name='change_list')
    context.vars['change_list'] = l_0_change_list
    context.exported_vars.discard('change_list')
    yield '## '
    yield escape(environment.finalize(t_1((undefined(name='title') if l_0_title is missing else l_0_title))))
    yield '\n\n'
    if (undefined(name='changes') if l_0_changes is missing else l_0_changes):
        pass
        yield escape(environment.finalize(context.call((undefined(name='change_list') if l_0_change_list is missing else l_0_change_list), (undefined(name='changes') if l_0_changes is missing else l_0_changes), (undefined(name='words') if l_0_words is missing else l_0_words))))
        yield '\n'
    else:
        pass
        yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'No customer-facing changes.')))
        yield '\n'

blocks = {}
debug_info = '1=22&2=29&4=31&5=33&7=37'
# public/diff.md.j2, compiled by Jinja 3.1.6: written by `make templates`, do not edit.
