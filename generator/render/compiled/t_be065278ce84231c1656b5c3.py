from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_macros.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_help_elsewhere = missing
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    pass
    def macro(l_1_words, l_1_policy):
        t_2 = []
        l_1_channel_links = resolve('channel_links')
        l_1__trans = resolve('_trans')
        l_1_gettext = resolve('gettext')
        if l_1_words is missing:
            l_1_words = undefined("parameter 'words' was not provided", name='words')
        if l_1_policy is missing:
            l_1_policy = undefined("parameter 'policy' was not provided", name='policy')
        pass
        if (t_1(environment.getattr(l_1_policy, 'answered')) <= 5):
            pass
            l_1__trans = context.call((undefined(name='channel_links') if l_1_channel_links is missing else l_1_channel_links), l_1_words, environment.getattr(l_1_policy, 'answered'), 'or')
            t_2.append(
                escape(environment.finalize(context.call((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext), 'For help, use %(channels)s.', channels=(undefined(name='_trans') if l_1__trans is missing else l_1__trans)))),
            )
        else:
            pass
            l_1__trans = context.call((undefined(name='channel_links') if l_1_channel_links is missing else l_1_channel_links), l_1_words, environment.getattr(l_1_policy, 'answered')[:5], 'and')
            t_2.append(
                escape(environment.finalize(context.call((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext), 'For help, use one of our answered channels, such as %(channels)s.', channels=(undefined(name='_trans') if l_1__trans is missing else l_1__trans)))),
            )
        return concat(t_2)
    context.exported_vars.add('help_elsewhere')
    context.vars['help_elsewhere'] = l_0_help_elsewhere = Macro(environment, macro, 'help_elsewhere', ('words', 'policy'), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '5=18&6=28&7=32&9=38'
# public/_macros.md.j2, compiled by Jinja 3.1.6: written by `make templates`, do not edit.
