from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_macros.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_channel_link = l_0_account_text = l_0_account = l_0_hours_lines = l_0_item_list = l_0_channel_links = l_0_help_elsewhere = missing
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_2 = environment.filters['safe']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'safe' found.")
    try:
        t_3 = environment.filters['url']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'url' found.")
    pass
    def macro(l_1_channel, l_1_page):
        t_4 = []
        if l_1_channel is missing:
            l_1_channel = undefined("parameter 'channel' was not provided", name='channel')
        if l_1_page is missing:
            l_1_page = 'index.md'
        pass
        t_4.extend((
            '[',
            escape(environment.finalize(environment.getattr(l_1_channel, 'name'))),
            '](',
            escape(environment.finalize(t_2(l_1_page))),
            '#',
            escape(environment.finalize(t_2(environment.getattr(l_1_channel, 'id')))),
            ')',
        ))
        return concat(t_4)
    context.exported_vars.add('channel_link')
    context.vars['channel_link'] = l_0_channel_link = Macro(environment, macro, 'channel_link', ('channel', 'page'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_channel):
        t_5 = []
        if l_1_channel is missing:
            l_1_channel = undefined("parameter 'channel' was not provided", name='channel')
        pass
        if environment.getattr(l_1_channel, 'handle'):
            pass
            t_5.append(
                escape(environment.finalize(environment.getattr(l_1_channel, 'handle'))),
            )
        elif environment.getattr(l_1_channel, 'url'):
            pass
            t_5.append(
                escape(environment.finalize(context.call(environment.getattr(environment.getitem(context.call(environment.getattr(environment.getattr(l_1_channel, 'url'), 'split'), ':', 1), 1), 'lstrip'), '/'))),
            )
        return concat(t_5)
    context.exported_vars.add('account_text')
    context.vars['account_text'] = l_0_account_text = Macro(environment, macro, 'account_text', ('channel',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_channel):
        t_6 = []
        if l_1_channel is missing:
            l_1_channel = undefined("parameter 'channel' was not provided", name='channel')
        pass
        if environment.getattr(l_1_channel, 'url'):
            pass
            t_6.extend((
                '<a href="',
                escape(environment.finalize(t_3(environment.getattr(l_1_channel, 'url')))),
                '">',
                escape(environment.finalize(t_2(context.call((undefined(name='account_text') if l_0_account_text is missing else l_0_account_text), l_1_channel)))),
                '</a>',
            ))
        elif environment.getattr(l_1_channel, 'handle'):
            pass
            t_6.extend((
                '<span>',
                escape(environment.finalize(environment.getattr(l_1_channel, 'handle'))),
                '</span>',
            ))
        return concat(t_6)
    context.exported_vars.add('account')
    context.vars['account'] = l_0_account = Macro(environment, macro, 'account', ('channel',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_words, l_1_hours):
        t_7 = []
        if l_1_words is missing:
            l_1_words = undefined("parameter 'words' was not provided", name='words')
        if l_1_hours is missing:
            l_1_hours = undefined("parameter 'hours' was not provided", name='hours')
        pass
        l_2_loop = missing
        for l_2_line, l_2_loop in LoopContext(context.call(environment.getattr(l_1_words, 'weekly'), l_1_hours), undefined):
            _loop_vars = {}
            pass
            t_7.append(
                escape(environment.finalize(l_2_line)),
            )
            if (not environment.getattr(l_2_loop, 'last')):
                pass
                t_7.append(
                    '<br>',
                )
        l_2_loop = l_2_line = missing
        return concat(t_7)
    context.exported_vars.add('hours_lines')
    context.vars['hours_lines'] = l_0_hours_lines = Macro(environment, macro, 'hours_lines', ('words', 'hours'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_items):
        t_8 = []
        if l_1_items is missing:
            l_1_items = undefined("parameter 'items' was not provided", name='items')
        pass
        t_8.append(
            '<ul>',
        )
        for l_2_item in l_1_items:
            _loop_vars = {}
            pass
            t_8.extend((
                '<li>',
                escape(environment.finalize(l_2_item)),
                '</li>',
            ))
        l_2_item = missing
        t_8.append(
            '</ul>',
        )
        return concat(t_8)
    context.exported_vars.add('item_list')
    context.vars['item_list'] = l_0_item_list = Macro(environment, macro, 'item_list', ('items',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_words, l_1_channels, l_1_word):
        t_9 = []
        l_1_links = missing
        if l_1_words is missing:
            l_1_words = undefined("parameter 'words' was not provided", name='words')
        if l_1_channels is missing:
            l_1_channels = undefined("parameter 'channels' was not provided", name='channels')
        if l_1_word is missing:
            l_1_word = 'and'
        pass
        l_1_links = []
        for l_2_channel in l_1_channels:
            _loop_vars = {}
            pass
            context.call(environment.getattr((undefined(name='links') if l_1_links is missing else l_1_links), 'append'), context.call((undefined(name='channel_link') if l_0_channel_link is missing else l_0_channel_link), l_2_channel, _loop_vars=_loop_vars), _loop_vars=_loop_vars)
        l_2_channel = missing
        t_9.append(
            escape(environment.finalize(context.call(environment.getattr(l_1_words, 'join_markup'), (undefined(name='links') if l_1_links is missing else l_1_links), l_1_word))),
        )
        return concat(t_9)
    context.exported_vars.add('channel_links')
    context.vars['channel_links'] = l_0_channel_links = Macro(environment, macro, 'channel_links', ('words', 'channels', 'word'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_words, l_1_policy):
        t_10 = []
        l_1__trans = resolve('_trans')
        l_1_gettext = resolve('gettext')
        if l_1_words is missing:
            l_1_words = undefined("parameter 'words' was not provided", name='words')
        if l_1_policy is missing:
            l_1_policy = undefined("parameter 'policy' was not provided", name='policy')
        pass
        if (t_1(environment.getattr(l_1_policy, 'answered')) <= 5):
            pass
            l_1__trans = context.call((undefined(name='channel_links') if l_0_channel_links is missing else l_0_channel_links), l_1_words, environment.getattr(l_1_policy, 'answered'), 'or')
            t_10.append(
                escape(environment.finalize(context.call((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext), 'For help, use %(channels)s.', channels=(undefined(name='_trans') if l_1__trans is missing else l_1__trans)))),
            )
        else:
            pass
            l_1__trans = context.call((undefined(name='channel_links') if l_0_channel_links is missing else l_0_channel_links), l_1_words, environment.getattr(l_1_policy, 'answered')[:5], 'and')
            t_10.append(
                escape(environment.finalize(context.call((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext), 'For help, use one of our answered channels, such as %(channels)s.', channels=(undefined(name='_trans') if l_1__trans is missing else l_1__trans)))),
            )
        return concat(t_10)
    context.exported_vars.add('help_elsewhere')
    context.vars['help_elsewhere'] = l_0_help_elsewhere = Macro(environment, macro, 'help_elsewhere', ('words', 'policy'), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '2=30&3=39&6=50&7=55&10=69&11=74&14=94&15=102&18=118&19=126&22=142&23=152&24=153&25=159&29=164&30=173&31=177&33=183'
# public/_macros.md.j2, compiled by Jinja 3.1.6: written by `make templates`, do not edit.
